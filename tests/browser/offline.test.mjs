// The service worker as a reader meets it: after one visit the site works with the
// network off, and a new deploy is offered with a banner instead of being mixed in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, plainTest, siteTest, twoDeploys } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const people = JSON.parse(readFileSync('data/people.json', 'utf8'));
const paragraphs = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'));

/** Resolves once a service worker controls the page (so the whole build is cached). */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });

const test = siteTest({ serviceWorkers: 'allow' });

test('after one visit, the article, navigation and people work with the network off', async (browser) => {
  const page = await browser.page();
  await controlled(page);
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('article p[id]');
    assert.equal(await page.$$eval('article .block > p[id]', (ps) => ps.length), paragraphs.length);

    await page.click('nav a[href="#/section/s3"]');
    await page.waitForFunction(() => location.hash === '#/section/s3');
    await page.waitForFunction(() => Math.abs(document.getElementById('s3').getBoundingClientRect().top) < 120);

    // Search works offline too (how well it finds is tested where it is built).
    await page.fill('input[type=search]', 'Баку');
    await page.waitForFunction(() => [...document.querySelectorAll('a[href^="#/p/"], mark')]
      .some((e) => /баку/i.test(e.textContent)));

    // A new tab, cold, offline: every file comes from the cache.
    const people2 = await browser.page('#/people');
    assert.equal(await people2.$$eval('.person-entry', (es) => es.length), people.length);
    await people2.click('[data-person="mustafa-shokay"] h2 a');
    await people2.waitForSelector('.person-page h1');
    assert.equal(await people2.textContent('.person-page h1'), 'Мұстафа Шоқай');

    assert.deepEqual(page.errors, []);
    assert.deepEqual(people2.errors, []);
  } finally {
    await browser.context.setOffline(false);
  }
});

test('offline, a path under the site leads to the app as a hash route', async (browser) => {
  const page = await browser.page();
  await controlled(page);
  await browser.context.setOffline(true);
  try {
    await page.goto(`${browser.url}section/s2`);
    await page.waitForFunction((base) => location.pathname === base && location.hash === '#/section/s2', BASE);
    await page.waitForSelector('#s2');
  } finally {
    await browser.context.setOffline(false);
  }
});

// A new deploy: two builds of the site, served from the first.
const MARK = '/* second build */';
const styleSheet = (page) => page.evaluate(() => fetch('./style.css').then((r) => r.text()));

plainTest('a new deploy is offered with a banner, and the page keeps the old files until the reader reloads', async (t) => {
  const { one, two, build: next } = twoDeploys(t, MARK);
  const browser = await launch({ dir: one, serviceWorkers: 'allow' });
  t.after(() => browser.close());
  const page = await browser.page();
  await controlled(page);
  assert.equal(await page.$('#update'), null, 'a first visit is not an update');

  browser.setDir(two);
  await page.reload(); // a navigation is when browsers look for a new sw.js
  await page.waitForSelector('#update button', { timeout: 20_000 });
  assert.equal((await page.textContent('#update')).trim(), 'Жаңа нұсқа дайын — қайта жүктеу');
  assert.ok(!(await styleSheet(page)).includes(MARK), 'still the first build until the reader agrees');

  await Promise.all([page.waitForEvent('load'), page.click('#update button')]);
  await page.waitForSelector('article p[id]');
  assert.ok((await styleSheet(page)).includes(MARK), 'the second build after the reload');
  assert.equal(await page.$('#update'), null);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `old caches are dropped: ${caches}`);
  assert.ok(caches[0].endsWith(next), caches[0]);
  assert.deepEqual(page.errors, []);
});
