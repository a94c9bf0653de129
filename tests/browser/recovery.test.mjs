// Never a dead page: a script that fails to load is shown with a way to retry,
// stray paths of any depth lead to the app, the service worker mends its cache,
// and the update banner works in every open tab.
import assert from 'node:assert/strict';
import { BASE, launch, plainTest, reach, ready, siteTest, twoDeploys } from './browser.mjs';

const test = siteTest();

// A file of the app fails to load.
const failures = {
  'the module is missing (404)': ['**/qazaq_reader.js', (route) => route.fulfill({ status: 404, body: 'not found' })],
  'the module has the wrong MIME type': ['**/qazaq_reader.js', async (route) => {
    const response = await route.fetch();
    // Not stored: the retry must meet the server's real answer, not this one revalidated.
    const { etag, ...headers } = response.headers();
    await route.fulfill({ response, headers: { ...headers, 'content-type': 'text/plain', 'cache-control': 'no-store' } });
  }],
  'the Wasm is missing (404)': ['**/qazaq_reader_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' })],
  'offline, the Wasm is not there': ['**/qazaq_reader_bg.wasm', (route) => route.abort('internetdisconnected')],
};
for (const [what, [pattern, handler]] of Object.entries(failures)) {
  test(`${what}: the error box shows, and its button retries`, async (browser) => {
    const page = await browser.context.newPage();
    await page.route(pattern, handler);
    await page.goto(browser.url);
    // The app is fetched when the reader first reaches for the page.
    await reach(page);
    await page.waitForSelector('#fatal[role="alert"] button', { timeout: 20_000 });
    assert.ok(await page.isVisible('#fatal'));
    assert.match(await page.textContent('#fatal p'), /^Іздеу мен көрсеткіштер қолжетімсіз/);
    // The article's pre-rendered text is still there to read.
    assert.ok(await page.isVisible('article #p1'));

    await page.unroute(pattern);
    await Promise.all([page.waitForEvent('load'), page.click('#fatal button')]);
    await ready(page);
    assert.equal(await page.$('#fatal'), null);
    await page.close();
  });
}

// Stray paths of any depth.
const segments = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
for (let depth = 1; depth <= segments.length; depth++) {
  test(`${depth} level${depth > 1 ? 's' : ''} deep: redirects to the app`, async (browser) => {
    const path = segments.slice(0, depth).join('/');
    const page = await browser.context.newPage();
    await page.goto(browser.url + path);
    await page.waitForFunction((base) => location.pathname === base && location.hash.startsWith('#/a'), BASE,
      { timeout: 15_000 });
    const hash = await page.evaluate(() => location.hash);
    // Up to four levels the whole path is kept; deeper ones keep their first levels.
    if (depth <= 4) assert.equal(hash, `#/${path}`);
    else assert.ok(`#/${path}`.startsWith(hash), hash);
    await page.waitForSelector('.not-found');
    await page.close();
  });
}

// The service worker: each test with its own two deploys, served from the first.
const MARK = '/* second build */';
const withWorker = siteTest({ serviceWorkers: 'allow' });

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
const cached = (page, name) => page.evaluate(async (name) => {
  const [cache] = await caches.keys();
  return (await caches.open(cache)).match(new URL(name, location.href).href).then(Boolean);
}, name);

withWorker('repairs its cache: a file missing from it is fetched online and kept again', async (browser) => {
  const page = await browser.page();
  await controlled(page);
  assert.ok(await cached(page, 'people.json'));
  await page.evaluate(async () => {
    const [cache] = await caches.keys();
    await (await caches.open(cache)).delete(new URL('people.json', location.href).href);
  });
  assert.equal(await cached(page, 'people.json'), false);
  const served = browser.requests.length;
  await page.reload();
  await ready(page);
  assert.ok(browser.requests.slice(served).some(([path]) => path.endsWith('/people.json')), 'fetched from the site');
  await page.waitForFunction(async () => {
    const [cache] = await caches.keys();
    return Boolean(await (await caches.open(cache)).match(new URL('people.json', location.href).href));
  });
  // And it works offline again.
  await browser.context.setOffline(true);
  try {
    await page.goto(`${browser.url}#/people`);
    await page.waitForSelector('.person-entry');
  } finally {
    await browser.context.setOffline(false);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

plainTest('the update banner works in a second tab: it reloads into the new version', async (t) => {
  const deploys = twoDeploys(t, MARK);
  const browser = await launch({ dir: deploys.one, serviceWorkers: 'allow' });
  t.after(() => browser.close());
  const first = await browser.page();
  const second = await browser.page('#/section/s2');
  await controlled(first);
  await controlled(second);
  browser.setDir(deploys.two);
  await first.reload();
  await first.waitForSelector('#update button', { timeout: 20_000 });
  await second.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await second.waitForSelector('#update button', { timeout: 20_000 });

  await Promise.all([first.waitForEvent('load'), first.click('#update button')]);
  await first.waitForSelector('article p[id]');
  // The new worker is active now, here too: the button must still reload.
  await second.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  await Promise.all([second.waitForEvent('load', { timeout: 10_000 }), second.click('#update button')]);
  await ready(second);
  const style = await second.evaluate(() => fetch('./style.css').then((r) => r.text()));
  assert.ok(style.includes(MARK), 'the second tab has the second build');
  assert.equal(await second.evaluate(() => location.hash), '#/section/s2');
  assert.equal(await second.$('#update'), null);
});
