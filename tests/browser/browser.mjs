// Shared set-up for the browser tests: serve dist/ under a sub-path and drive
// Debian's Chromium through playwright-core, offline and with a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const BASE = '/qazaq-reader/';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];

/** How Chromium is started here: headless, offline, nothing in the background. */
export const CHROMIUM = { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };

/**
 * The reader reaches for the page, which brings the app (boot.js): a mouse move, the
 * lightest such act (to and fro, so each call is a move).
 */
export async function reach(page) {
  page.reachedAt = page.reachedAt === 1 ? 2 : 1;
  await page.mouse.move(page.reachedAt, page.reachedAt);
}

/** Waits for the app itself, not just the pre-rendered markup, reaching for the page first. */
export async function ready(page, { timeout = 20_000 } = {}) {
  await reach(page);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout });
}

/** Selects `quote` inside the element `css` (in one text node of it), as a reader's drag would. */
export async function selectText(page, css, quote) {
  await page.evaluate(([css, quote]) => {
    const el = document.querySelector(css);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return;
    }
    throw new Error(`not in one text node of ${css}: ${quote}`);
  }, [css, quote]);
}

/**
 * Starts the server and the browser; returns helpers and a `close()`.
 * The service worker is blocked unless `serviceWorkers: 'allow'`: most tests are
 * about the app, and a worker serving from its cache would hide `page.route`
 * fakes and carry state from one test to the next. The offline tests allow it.
 * `requests` collects [url, status] for every request the server answers.
 * The browser speaks Kazakh: other interface languages are tested on purpose.
 */
export async function launch({ dir = 'dist', serviceWorkers = 'block' } = {}) {
  const requests = [];
  const { server, url, setDir } = await serve({
    dir, base: BASE, port: 0, onRequest: (path, status) => requests.push([path, status]),
  });
  const profile = mkdtempSync(join(tmpdir(), 'qazaq-reader-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM,
    serviceWorkers,
    locale: 'kk-KZ',
  });
  return {
    url,
    context,
    requests,
    setDir,
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
      await ready(page);
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
