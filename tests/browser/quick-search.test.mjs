// The first search before the app: with the app held back (its Wasm answered only when
// the test lets it), typing in the box shows the small search runtime's results outside
// #app, in the interface language; once the app runs, the region goes and the app's own
// results are the same. Bad input gets a clear message and no error. Each test has its
// own browser context and waits on the page's signals, never on time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM } from './browser.mjs';
import { serve } from '../../tools/serve.mjs';

let server;
let url;
let browser;
before(async () => {
  ({ server, url } = await serve({ dir: 'dist', base: BASE, port: 0 }));
  browser = await chromium.launch(CHROMIUM);
});
after(async () => {
  await browser?.close();
  server?.close();
});

const LANGS = [
  { lang: 'kk', locale: 'kk-KZ', query: 'Абай' },
  { lang: 'ru', locale: 'ru-RU', query: 'нефть' },
  { lang: 'en', locale: 'en-US', query: 'oil' },
];

/**
 * A page in a fresh context whose app Wasm waits until `release()`: the runtime is all
 * there is until then. Page errors, console errors and failed responses are collected.
 */
async function heldBack(locale, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ locale, serviceWorkers: 'block', viewport: { width, height } });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route('**/qazaq_reader_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(url);
  return { context, page, release };
}

/** The page's own strings in `lang` (the `#strings` block the build writes). */
const pageStrings = (page, lang) => page.evaluate((lang) => JSON.parse(document.getElementById('strings').textContent)[lang], lang);

/** Types `query` into the box as a reader does, once the runtime has all its data. */
async function typeQuery(page, query) {
  await page.click('#search');
  await page.waitForFunction(() => document.documentElement.dataset.quickSearch === 'ready');
  await page.fill('#search', query);
  await page.waitForSelector(`#quick-results .search-results[data-query="${query}"]`);
}

/** What a results list shows: each link's paragraph, address and text; the count. */
const listed = (page, root) => page.evaluate((root) => {
  const box = document.querySelector(root);
  return {
    items: [...box.querySelectorAll('a.result')].map((a) => ({ id: a.dataset.para, href: a.getAttribute('href'), text: a.textContent })),
    status: box.querySelector('.search-status')?.textContent ?? '',
    marks: box.querySelectorAll('.result mark').length,
  };
}, root);

test('a tap on the box before its script has arrived still asks for the runtime, and before the app', async () => {
  const context = await browser.newContext({ locale: 'kk-KZ', serviceWorkers: 'block', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    let releaseScript;
    const scriptHeld = new Promise((resolve) => { releaseScript = resolve; });
    await context.route('**/quick_search.js', async (route) => { await scriptHeld; await route.continue(); });
    await context.route('**/qazaq_reader_bg.wasm', () => {}); // the app never comes
    const page = await context.newPage();
    const asked = [];
    page.on('request', (r) => asked.push(r.url().split('/').pop()));
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.boot === 'ok');
    await page.tap('#search');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
    releaseScript();
    await page.waitForFunction(() => document.documentElement.dataset.quickSearch === 'ready');
    const runtime = asked.indexOf('qazaq_search_bg.wasm');
    assert.ok(runtime >= 0, 'the runtime was never asked for');
    const app = asked.indexOf('qazaq_reader.js');
    assert.ok(app === -1 || app > runtime, `the app was asked for first: ${asked.join(', ')}`);
    await page.keyboard.type('Абай');
    await page.waitForSelector('#quick-results .search-results[data-query="Абай"] a.result');
  } finally {
    await context.close();
  }
});

for (const { lang, locale, query } of LANGS) {
  test(`${lang}: the runtime answers before the app, and its results are the app's`, async () => {
    const { context, page, release } = await heldBack(locale);
    try {
      const t = await pageStrings(page, lang);
      await typeQuery(page, query);
      assert.notEqual(await page.evaluate(() => document.documentElement.dataset.app), 'ready', 'the app was held back');
      // Outside #app (the app hydrates it), in the interface language, with a live count.
      assert.equal(await page.evaluate(() => document.getElementById('app').contains(document.getElementById('quick-results'))), false);
      assert.equal(await page.getAttribute('#quick-results', 'lang'), lang);
      const quick = await listed(page, '#quick-results');
      assert.ok(quick.items.length > 0, 'no results');
      assert.ok(quick.marks > 0, 'nothing marked');
      assert.equal(await page.getAttribute('#quick-results .search-status', 'role'), 'status');
      const counted = new RegExp(`^\\d+ (${Object.values(t.paragraphs).join('|')}), \\d+ (${Object.values(t.matches).join('|')})$`);
      assert.match(quick.status, counted);
      assert.equal(await page.textContent('#quick-results h2'), `${t.search_results}: «${query}»`);
      for (const item of quick.items) assert.match(item.href, new RegExp(`^#/p/${item.id}\\?q=`));
      // Tab from the box reaches the first result.
      await page.focus('#search');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.para), quick.items[0].id);

      // The app comes: the region goes, the app shows the same results for the query.
      release();
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      await page.waitForFunction((q) => document.querySelector('#app .search-results')?.dataset.query === q, query);
      assert.equal(await page.$('#quick-results'), null, 'the region is gone');
      // The app's translations arrive after it starts (both, as the runtime has them).
      await page.waitForFunction((s) => document.querySelector('#app .search-status')?.textContent === s, quick.status);
      const app = await listed(page, '#app .search-results');
      assert.deepEqual(app.items, quick.items);
      assert.equal(app.marks, quick.marks);
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
    }
  });

  test(`${lang}: a very long query, emoji and a bidi override get a clear message and no error`, async () => {
    const { context, page, release } = await heldBack(locale, { width: 360, height: 740 });
    try {
      const t = await pageStrings(page, lang);
      await typeQuery(page, query);
      // 10,000 characters: searched from its start, and the reader is told.
      const long = `${query} `.repeat(10_000).slice(0, 10_000);
      await page.fill('#search', long);
      await page.waitForFunction(() => document.querySelector('#quick-results .notice') !== null);
      assert.equal(await page.textContent('#quick-results .notice'), t.query_truncated);
      assert.ok((await listed(page, '#quick-results')).items.length > 0);
      // Emoji: nothing found, said so.
      await page.fill('#search', '😀🙂🎉');
      await page.waitForSelector('#quick-results .search-results[data-query="😀🙂🎉"]');
      assert.equal(await page.textContent('#quick-results .search-status'), t.no_results);
      assert.equal(await page.$$eval('#quick-results a.result', (as) => as.length), 0);
      // A right-to-left override stays inside its <bdi>, shown as text, not markup.
      const bidi = `\u202e<b>${query}</b>\u202c`;
      await page.fill('#search', bidi);
      await page.waitForFunction((q) => document.querySelector('#quick-results .search-results')?.dataset.query === q, bidi);
      assert.equal(await page.textContent('#quick-results h2 bdi'), bidi.trim());
      assert.equal(await page.$('#quick-results h2 b'), null, 'the query became markup');
      release();
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      await page.waitForFunction(() => !document.getElementById('quick-results'));
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
    }
  });
}
