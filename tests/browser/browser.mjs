// Shared set-up for the browser tests: serve dist/ under a sub-path and drive
// Debian's Chromium through playwright-core, offline and with a fresh profile.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test as nodeTest } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';
import { stamp } from '../../tools/stamp-sw.mjs';

export const BASE = '/qazaq-reader/';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];

/** How Chromium is started here: headless, offline, nothing in the background. */
/**
 * Prefixes a selector of a page of the second module (the map, the words, the
 * overview) so that it matches the live page only: opened from a page the app
 * runs, the host shows that page's pre-rendered copy (`data-copy`) until the
 * module's own page has replaced it.
 */
export const LIVE = '.extras-host:not([data-copy])';
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

/**
 * Waits for the page to draw `n` frames: whatever the last task changed (a scroll, a
 * re-render and its effects) is on screen by then. A signal of the page, not a time.
 */
export async function frames(page, n = 2) {
  await page.evaluate((n) => new Promise((done) => {
    const step = () => (--n > 0 ? requestAnimationFrame(step) : done());
    requestAnimationFrame(step);
  }), n);
}

/**
 * Waits until the page has nothing left to do: a frame drawn, then the browser idle
 * (no task queued). For asserting that something did not happen.
 */
export async function idle(page) {
  await frames(page, 1);
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done())));
}

/**
 * Holds the answers to requests matching `pattern` until `release()`: a slow file,
 * arriving exactly when the test says. `asked` resolves when the first is requested.
 */
export async function hold(page, pattern) {
  let release;
  const released = new Promise((done) => { release = done; });
  let asked;
  const requested = new Promise((done) => { asked = done; });
  await page.route(pattern, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, asked: requested };
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

/** A new page of `context` at `url`, recording console errors and page errors, the app ready. */
async function openPage(context, url, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('requestfailed', (r) => page.errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(url);
  await ready(page);
  return page;
}

// One Chromium process for a test file, started when first wanted; each test gets
// browser contexts of its own in it (a context is a fresh profile: its own storage,
// cache, service workers and permissions), which is cheap to make.
let shared = null;
after(async () => { if (shared) await (await shared).close(); });

/** A fresh profile (browser context) in the file's Chromium; `close()` ends it. */
async function freshProfile({ serviceWorkers, permissions }) {
  shared ??= chromium.launch(CHROMIUM);
  const context = await (await shared).newContext({ serviceWorkers, permissions, locale: 'kk-KZ' });
  return { context, close: () => context.close() };
}

/**
 * Starts a server and a fresh browser profile for it; returns helpers and a `close()`.
 * The service worker is blocked unless `serviceWorkers: 'allow'`: most tests are
 * about the app, and a worker serving from its cache would hide `page.route`
 * fakes. The offline tests allow it. `permissions` are granted from the start
 * (e.g. the clipboard's).
 * `requests` collects [url, status] for every request the server answers.
 * The browser speaks Kazakh: other interface languages are tested on purpose.
 */
export async function launch({ dir = 'dist', serviceWorkers = 'block', permissions = [] } = {}) {
  const requests = [];
  const { server, url, setDir } = await serve({
    dir, base: BASE, port: 0, onRequest: (path, status) => requests.push([path, status]),
  });
  const own = await freshProfile({ serviceWorkers, permissions });
  const others = [];
  return {
    url,
    context: own.context,
    requests,
    setDir,
    /** A new page at `path` that records console errors and page errors. */
    page(path = '', size = {}) {
      return openPage(own.context, url + path, size);
    },
    /**
     * A page at `path` of this server in another fresh profile, as the person a link
     * was sent to would open it; closed with this one.
     */
    async elsewhere(path = '', size = {}) {
      const other = await freshProfile({ serviceWorkers, permissions: [] });
      others.push(other);
      return openPage(other.context, url + path, size);
    },
    /**
     * A page in the interface language `lang` at `hash`: chosen on one visit (stored,
     * as the settings store it), then the site opened afresh at `hash` in a new tab of
     * the same profile, as a reader coming back would. Not a hash change and a
     * reload of the first page: the app answers a hash change by writing its history
     * entry (`replaceState`), and a reload sent in that moment can reload the address
     * from before the hash (Chromium: 2 reloads in 80; none once the route is drawn).
     */
    async inLanguage(lang, hash = '') {
      const first = await this.page();
      await first.evaluate((l) => localStorage.setItem('qazaq-reader.lang', l), lang);
      await first.close();
      const page = await this.page(hash);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      return page;
    },
    async close() {
      for (const other of others) await other.close();
      await own.close();
      server.close();
    },
  };
}

// Every browser test is registered through `test` or `siteTest` below, so that the
// order of a file's tests can be turned round: BROWSER_TESTS_ORDER=reversed runs
// them last to first (tools/test.sh does), which fails if one test leaves something
// another one needs. node 20's runner cannot shuffle tests inside a file.
const queue = [];
function register(name, options, fn) {
  if (queue.length === 0) queueMicrotask(() => {
    const order = process.env.BROWSER_TESTS_ORDER === 'reversed' ? queue.reverse() : queue;
    for (const args of order.splice(0)) nodeTest(...args);
  });
  queue.push([name, options, fn]);
}

/** A test that needs no browser, in the file's (reversible) order. */
export function plainTest(name, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  register(name, options, fn);
}

/**
 * Tests that each get a site of their own: a server and a fresh browser profile
 * (see `launch`, which `options` go to), closed when the test ends, so
 * nothing one test does (storage, a service worker, cookies, the served folder,
 * requests seen) reaches another. The test's function gets it:
 * `siteTest()('name', async (browser) => { const page = await browser.page(); })`.
 */
export function siteTest(options = {}) {
  return (name, testOptions, fn) => {
    if (typeof testOptions === 'function') [testOptions, fn] = [{}, testOptions];
    register(name, testOptions, async (t) => {
      const browser = await launch(options);
      try {
        return await fn(browser, t);
      } finally {
        await browser.close();
      }
    });
  };
}

/**
 * Two deploys of the site for one test (`t`): `one`, the build as it is, and `two`, the
 * same with `mark` appended to its style sheet and the service worker stamped again
 * (`build`, its new stamp). Both removed when the test ends.
 */
export function twoDeploys(t, mark) {
  const dir = mkdtempSync(join(tmpdir(), 'qazaq-reader-deploys-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const [one, two] = [join(dir, 'one'), join(dir, 'two')];
  cpSync('dist', one, { recursive: true });
  cpSync('dist', two, { recursive: true });
  appendFileSync(join(two, 'style.css'), `\n${mark}\n`);
  return { one, two, build: stamp(two).build };
}
