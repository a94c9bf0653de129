// Shared set-up for the browser tests: serve dist/ under a sub-path and drive
// Debian's Chromium through playwright-core, offline and with a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const BASE = '/qazaq-reader/';

/** How Chromium is started here: headless, offline, nothing in the background. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
  ],
};

/** Starts the server and the browser; returns helpers and a `close()`. */
export async function launch() {
  const { server, url } = await serve({ dir: 'dist', base: BASE, port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'qazaq-reader-chromium-'));
  // A Kazakh browser: other interface languages are tested on purpose.
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, locale: 'kk-KZ' });
  return {
    url,
    context,
    /** A new page that records console errors and page errors. */
    async page(path = '', { width = 1280, height = 900 } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      page.errors = [];
      page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
      page.on('pageerror', (e) => page.errors.push(String(e)));
      page.on('requestfailed', (r) => page.errors.push(`request failed: ${r.url()}`));
      page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`HTTP ${r.status()}: ${r.url()}`); });
      await page.goto(url + path);
      await page.waitForSelector('#main > *', { timeout: 20_000 });
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
