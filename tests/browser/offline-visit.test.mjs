// Offline after any visit, even one that never touched the page: the service worker
// is registered once the page is idle and keeps what was seen and what the first tap
// needs at once, the rest afterwards; under Save-Data only the former, and the reader
// is told so in their language. Each test has its own browser (and server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE, launch, ready } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const people = JSON.parse(readFileSync('data/people.json', 'utf8'));
const paragraphs = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'));
const sw = readFileSync('dist/sw.js', 'utf8');
const AT_ONCE = JSON.parse(/const AT_ONCE = (\[[\s\S]*?\]);/.exec(sw)[1]);
const FILES = Object.keys(JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(sw)[1]));

// Evaluated through the DevTools protocol, which the page's CSP does not govern.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A page opened and left alone: no touch, no key, no mouse (the app never comes). */
async function untouched(browser, { init } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 412, height: 823 });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  if (init) await page.addInitScript(init.script, init.arg);
  await page.goto(browser.url);
  return page;
}

/** Resolves once offline.js says how much is kept (<html data-offline>) and the worker is active. */
async function kept(page, states) {
  await page.waitForFunction((s) => s.includes(document.documentElement.dataset.offline), states, { timeout: 30_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  return page.evaluate(() => document.documentElement.dataset.offline);
}

/** The files of the build in this site's one cache. */
const cachedFiles = (page) => page.evaluate(async (base) => {
  const names = await caches.keys();
  if (names.length !== 1) throw new Error(`one cache expected: ${names}`);
  const cache = await caches.open(names[0]);
  return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(base.length)).sort();
}, BASE);

/** Offline, after a reload: the article reads, ☰ → People lists everyone, a search finds. */
async function worksOffline(browser, page) {
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('article p[id]');
    assert.equal(await page.$$eval('article .block > p[id]', (ps) => ps.length), paragraphs.length);
    await ready(page);
    await page.click('.menu-button');
    await page.click('.sidebar.open .indexes a[href="people.html"]');
    await page.waitForSelector('.person-entry');
    assert.equal(await page.$$eval('.person-entry', (es) => es.length), people.length);
    await page.fill('#search', 'Баку');
    await page.waitForSelector('.search-results[data-query="Баку"] .result');
    assert.match(await page.textContent('.search-results'), /Баку/i);
  } finally {
    await browser.context.setOffline(false);
  }
}

test('a visit that never touched the page: offline, the article, People and search work', async () => {
  const browser = await launch({ serviceWorkers: 'allow' });
  try {
    const page = await untouched(browser);
    await kept(page, ['seen', 'all']);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? null), null, 'the app never ran');
    const cached = await cachedFiles(page);
    for (const name of AT_ONCE) assert.ok(cached.includes(name), `kept at once: ${name}`);
    assert.ok(AT_ONCE.includes('qazaq_reader_bg.wasm') && AT_ONCE.includes('mentions-people.json'));
    await worksOffline(browser, page);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('left open, the visit keeps every file of the build, no notice', async () => {
  const browser = await launch({ serviceWorkers: 'allow' });
  try {
    const page = await untouched(browser);
    assert.equal(await kept(page, ['all']), 'all');
    // Not competing with the first paint: offline.js is asked for after it.
    const [painted, asked] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByType('resource').find((e) => e.name.endsWith('/offline.js'))?.startTime,
    ]);
    assert.ok(painted > 0 && asked > painted, `first paint at ${painted} ms, offline.js asked for at ${asked} ms`);
    assert.deepEqual(await cachedFiles(page), [...FILES].sort());
    assert.equal(await page.$('#offline-note'), null);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

/** Save-Data on, as Chromium reports it with the browser's data saver (and the language stored). */
const SAVE_DATA = {
  script: (lang) => {
    Object.defineProperty(Navigator.prototype, 'connection', {
      configurable: true,
      get: () => ({ saveData: true, effectiveType: '4g', addEventListener() {}, removeEventListener() {} }),
    });
    if (lang !== 'kk') localStorage.setItem('qazaq-reader.lang', lang);
  },
};

for (const [lang, said] of [
  ['kk', /тек ашылған бет сақталды/],
  ['ru', /сохранена только открытая страница/],
  ['en', /only the page you opened is kept/],
]) {
  test(`Save-Data (${lang}): only what was seen and the app are kept, and the notice says so`, async () => {
    const browser = await launch({ serviceWorkers: 'allow' });
    try {
      const page = await untouched(browser, { init: { ...SAVE_DATA, arg: lang } });
      assert.equal(await kept(page, ['seen-only']), 'seen-only');
      // The page, its files and the app's, nothing else: no other page, download,
      // module or data.
      assert.deepEqual(await cachedFiles(page), [...AT_ONCE].sort());
      assert.ok(!AT_ONCE.some((n) => /^(downloads|abstracts)\/|^(404\.html|extras_bg\.wasm|words\.json|map\.json)$/.test(n)));
      assert.ok(AT_ONCE.length < FILES.length);

      // Nor does the page fetch the search runtime before the box is used.
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
      assert.ok(!fetched.some((name) => /qazaq_search/.test(name)), 'no search runtime before the box is used');

      const note = page.locator('#offline-note');
      assert.equal(await note.getAttribute('lang'), lang);
      assert.match(await note.textContent(), said);
      assert.deepEqual(page.errors, []);

      if (lang === 'kk') {
        // The notice meets WCAG as axe checks it, light and dark, at 412 px.
        await page.evaluate(AXE);
        for (const colorScheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme });
          const { violations } = await page.evaluate(() => axe.run(document));
          assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], colorScheme);
        }
        // What was kept is enough: offline, the app comes from the cache.
        await worksOffline(browser, page);
        assert.deepEqual(page.errors, []);
        // A page of its own that was not kept (People, before the app) opens, offline,
        // as the opening page at that route.
        await browser.context.setOffline(true);
        try {
          await page.goto(`${browser.url}people.html`);
          await page.waitForFunction((base) => location.pathname === base && location.hash === '#/people', BASE);
          await ready(page);
          await page.waitForSelector('.person-entry');
        } finally {
          await browser.context.setOffline(false);
        }
        // Closed, the notice stays closed on later visits.
        await page.click('#offline-note button');
        assert.equal(await page.$('#offline-note'), null);
        await page.reload();
        assert.equal(await kept(page, ['seen-only']), 'seen-only');
        assert.equal(await page.$('#offline-note'), null);
      }
    } finally {
      await browser.close();
    }
  });
}

test('Save-Data on a page of its own: that page and the data it shows are kept with the app', async () => {
  const browser = await launch({ serviceWorkers: 'allow' });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(SAVE_DATA.script, 'kk');
    await page.goto(`${browser.url}place-baku.html`);
    assert.equal(await kept(page, ['seen-only']), 'seen-only');
    assert.deepEqual(await cachedFiles(page), [...AT_ONCE, 'mentions-places.json', 'place-baku.html'].sort());
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await ready(page);
      await page.waitForSelector('.place-page h1');
    } finally {
      await browser.context.setOffline(false);
    }
  } finally {
    await browser.close();
  }
});

test('the address without the trailing slash leads to the site (a 301, as GitHub Pages answers)', async () => {
  const browser = await launch({ serviceWorkers: 'allow' });
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.url.slice(0, -1));
    assert.equal(new URL(page.url()).pathname, BASE);
    await page.waitForSelector('article p[id]');
    // Offline it cannot be kept: that address is outside the folder of sw.js, and
    // a scope wider than the script's folder needs a Service-Worker-Allowed header,
    // which a static host (GitHub Pages) does not send.
    const refused = await page.evaluate(() => navigator.serviceWorker
      .register('./sw.js', { scope: location.pathname.slice(0, -1) })
      .then(() => 'registered', (e) => e.name));
    assert.equal(refused, 'SecurityError');
  } finally {
    await browser.close();
  }
});
