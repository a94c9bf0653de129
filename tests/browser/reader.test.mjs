// The reader as a person uses it: the built site, served under a sub-path,
// in headless Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reach, siteTest } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const paragraphs = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'));

const test = siteTest();

/** Is the element's box inside the viewport (at least partly)? */
const inView = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
});

// Reading.
test('every paragraph, heading, caption and reference renders, in order, word for word', async (browser) => {
  const page = await browser.page();
  const shown = await page.$$eval('article .block > p[id]', (ps) => ps.map((p) => [p.id, p.textContent]));
  assert.deepEqual(shown, paragraphs.map((p) => [p.id, p.text]));

  const headings = await page.$$eval('article h2', (hs) => hs.map((h) => h.firstChild.textContent));
  const titles = article.sections.filter((s) => s.title).map((s) => s.title);
  assert.deepEqual(headings, [...titles, article.bibliography.title]);
  assert.equal(await page.textContent('article h1'), article.meta.title);

  const caption = await page.textContent('figure figcaption');
  assert.ok(caption.endsWith('Гаджи Зейналабдин Тагиев'), caption);
  // The caption sits between paragraphs, not inside one.
  assert.equal(await page.$$eval('p figure, p figcaption', (x) => x.length), 0);

  const refs = await page.$$eval('.bibliography li', (lis) => lis.length);
  assert.equal(refs, article.bibliography.entries.length);
  const links = await page.$$eval('.bibliography a[target]', (as) => as.map((a) => [a.href, a.rel]));
  assert.equal(links.length, article.bibliography.entries.filter((e) => e.url).length);
  for (const [, rel] of links) assert.equal(rel, 'noopener noreferrer');
  assert.deepEqual(page.errors, []);
});

test('the page is in Kazakh and uses semantic landmarks', async (browser) => {
  const page = await browser.page();
  assert.equal(await page.getAttribute('html', 'lang'), 'kk');
  for (const sel of ['header', 'nav', 'main', 'article', 'section', 'figure figcaption']) {
    assert.ok(await page.$(sel), `missing ${sel}`);
  }
  const levels = await page.$$eval('h1, h2, h3', (hs) => hs.map((h) => Number(h.tagName[1])));
  assert.equal(levels.filter((l) => l === 1).length, 1);
  levels.reduce((prev, l) => { assert.ok(l <= prev + 1, 'heading levels skip'); return l; }, 1);
});

// Navigation.
test('a table-of-contents click changes the hash and brings the section into view; back returns', async (browser) => {
  const page = await browser.page();
  const tocLinks = await page.$$eval('nav a[href^="#/"]', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(tocLinks, [
    ...article.sections.map((s) => `#/section/${s.id}`),
    `#/section/${article.bibliography.id}`,
  ]);

  await page.click('nav a[href="#/section/s3"]');
  await page.waitForFunction(() => location.hash === '#/section/s3');
  await page.waitForFunction(() => Math.abs(document.getElementById('s3').getBoundingClientRect().top) < 120);
  await page.waitForSelector('nav a.current[href="#/section/s3"]');

  await page.click('nav a[href="#/section/bibliography"]');
  await page.waitForFunction(() => location.hash === '#/section/bibliography');
  assert.ok(await inView(page, '#bibliography h2'));

  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/section/s3');
  await page.waitForFunction(() => Math.abs(document.getElementById('s3').getBoundingClientRect().top) < 120);
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#/section/bibliography');
  assert.deepEqual(page.errors, []);
});

test('the current section is highlighted as the reader scrolls', async (browser) => {
  const page = await browser.page();
  assert.ok(await page.$('nav a.current[href="#/section/s1"]'));
  await page.$eval('#s2 p', (p) => p.scrollIntoView());
  await page.waitForSelector('nav a.current[href="#/section/s2"]');
  assert.equal(await page.$$eval('nav a.current', (as) => as.length), 1);
});

test('previous and next links walk the sections', async (browser) => {
  const page = await browser.page('#/section/s1');
  await page.click('#s1 .section-nav a.next');
  await page.waitForFunction(() => location.hash === '#/section/s2');
  await page.click('#s2 .section-nav a.prev');
  await page.waitForFunction(() => location.hash === '#/section/s1');
});

test('a deep link to a paragraph, opened cold, shows and marks it', async (browser) => {
  const target = paragraphs[20].id;
  const page = await browser.page(`#/p/${target}`);
  await page.waitForFunction((id) => document.getElementById(id).classList.contains('marked'), target);
  assert.ok(await inView(page, `#${target}`));
  assert.equal(await page.$$eval('.marked', (m) => m.length), 1);
  assert.deepEqual(page.errors, []);
});

test('every paragraph has its own link', async (browser) => {
  const page = await browser.page();
  const hrefs = await page.$$eval('.block a.permalink', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, paragraphs.map((p) => `#/p/${p.id}`));
});

test('an unknown route shows a clear message and a way back', async (browser) => {
  for (const hash of ['#/nowhere', '#/p/p9999', '#/section/zz', '#/%3Cimg%20src=x%20onerror=alert(1)%3E']) {
    const page = await browser.page(hash);
    await page.waitForSelector('.not-found');
    assert.match(await page.textContent('.not-found h1'), /табылмады/);
    assert.equal(await page.$('.not-found img'), null, 'the hash is shown as text');
    await page.click('.not-found a[href="#/"]');
    await page.waitForSelector('article p[id]');
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

// Small screens and failures.
test('at 360 px there is no horizontal scroll and the contents fold into a menu', async (browser) => {
  const page = await browser.page('', { width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  assert.equal(await page.isVisible('nav'), false);
  await page.click('.menu-button');
  assert.equal(await page.isVisible('nav'), true);
  await page.click('nav a[href="#/section/s2"]');
  await page.waitForFunction(() => location.hash === '#/section/s2');
  assert.equal(await page.isVisible('nav'), false);
  await page.goto(browser.url + '#/section/bibliography');
  const overflowBib = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflowBib, 0);
});

test('broken article data shows a visible error instead of a dead page', async (browser) => {
  const page = await browser.context.newPage();
  await page.route('**/article.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"meta": 1}' }));
  await page.goto(browser.url);
  await reach(page); // the app loads
  await page.waitForSelector('#fatal[role="alert"]');
  assert.match(await page.textContent('#fatal'), /^Іздеу мен көрсеткіштер қолжетімсіз/);
  await page.close();
});
