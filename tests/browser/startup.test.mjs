// Before and without the app: storage that hands back junk, throws or is full
// leaves the defaults and says nothing is saved; a boot.js or a Wasm that fails
// shows one line saying search and the indexes are unavailable, while the
// article's own links still go where they point; and the first letter typed
// into the search box before the app is ready is kept and searched.
import assert from 'node:assert/strict';
import { reach, ready, siteTest } from './browser.mjs';

const test = siteTest();

/** Stand-ins for localStorage, set before any script of the page runs. */
const STORAGES = {
  'getItem returns a number': `({ getItem: () => 42, setItem() {}, removeItem() {} })`,
  'getItem returns an object': `({ getItem: () => ({ trim: 1, length: 3 }), setItem() {}, removeItem() {} })`,
  'getItem returns true': `({ getItem: () => true, setItem() {}, removeItem() {} })`,
  'every call throws': `({ getItem() { throw new Error('blocked'); }, setItem() { throw new Error('blocked'); }, removeItem() { throw new Error('blocked'); } })`,
  'full: setItem throws QuotaExceededError': `({ getItem: () => null, setItem() { throw new DOMException('full', 'QuotaExceededError'); }, removeItem() {} })`,
  'the getter itself throws': null,
};

for (const [what, fake] of Object.entries(STORAGES)) {
  test(`storage: ${what}: the app runs with defaults and says nothing is saved`, async (browser) => {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(fake === null
      ? `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`
      : `Object.defineProperty(window, 'localStorage', { value: ${fake}, configurable: true });`);
    await page.goto(`${browser.url}#/people`);
    await ready(page);
    await page.waitForSelector('.person-entry');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? null), null, 'the default theme');
    await page.waitForSelector('.settings .nothing-saved');
    assert.match(await page.textContent('.settings .nothing-saved'), /ештеңе сақталмайды/);
    // A choice still applies for the visit.
    await page.locator('.settings button[aria-pressed]:not(#show-repairs)').last().click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.deepEqual(errors, []);
    assert.equal(await page.$('#fatal'), null);
    await page.close();
  });
}

test('storage that works: no notice', async (browser) => {
  const page = await browser.page();
  await page.waitForSelector('.settings h2');
  assert.equal(await page.locator('.nothing-saved').count(), 0);
  await page.close();
});

for (const [what, pattern] of [['boot.js does not load', '**/boot.js'], ['the Wasm does not load', '**/qazaq_reader_bg.wasm']]) {
  test(`${what}: one line says search and the indexes are unavailable; the text's links still work`, async (browser) => {
    for (const width of [1280, 360]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 740 });
      await page.route(pattern, (route) => route.abort('failed'));
      await page.goto(browser.url);
      await reach(page);
      await page.waitForSelector('#fatal[role="alert"]');
      const line = (await page.textContent('#fatal p')).trim();
      assert.match(line, /^Іздеу мен көрсеткіштер қолжетімсіз/);
      const box = await page.locator('#fatal p').boundingBox();
      assert.ok(box.height < 120, `${width} px: a short notice (${box.height} px)`);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'failed');
      // A section link in the text's own contents, and a ¶ link: they go there.
      for (const [link, id] of [['#/section/s3', 's3'], ['#/p/p25', 'p25']]) {
        await page.evaluate((h) => { location.hash = h; }, link);
        await page.waitForFunction((i) => {
          const r = document.getElementById(i).getBoundingClientRect();
          return r.top >= -2 && r.top < innerHeight;
        }, id);
      }
      await page.close();
    }
  });
}

test('the first letter typed into the search box before the app is ready is kept and searched', async (browser) => {
  const page = await browser.context.newPage();
  // The Wasm waits until the reader has typed: the app cannot be ready before.
  let release;
  const typed = new Promise((r) => { release = r; });
  await page.route('**/qazaq_reader_bg.wasm', async (route) => { await typed; await route.continue(); });
  await page.goto(browser.url);
  await page.focus('#search'); // the focus brings the app
  await page.keyboard.type('Б');
  assert.notEqual(await page.evaluate(() => document.documentElement.dataset.app), 'ready');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForFunction(() => decodeURIComponent(location.hash) === '#/search?q=Б');
  assert.equal(await page.inputValue('#search'), 'Б');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  // And the reader goes on typing into the same box.
  await page.keyboard.type('аку');
  await page.waitForFunction(() => decodeURIComponent(location.hash) === '#/search?q=Баку');
  await page.waitForSelector('.results a.result');
  await page.close();
});

test('letters typed while the app takes over are kept too', async (browser) => {
  const page = await browser.context.newPage();
  let release;
  const typed = new Promise((r) => { release = r; });
  // The last data file waits: the app starts right after it arrives.
  await page.route('**/mentions-people.json', async (route) => { await typed; await route.continue(); });
  await page.goto(browser.url);
  await page.focus('#search');
  await page.keyboard.type('Ба');
  release();
  await page.keyboard.type('ку');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForFunction(() => decodeURIComponent(location.hash) === '#/search?q=Баку');
  assert.equal(await page.inputValue('#search'), 'Баку');
  await page.close();
});
