// The article is in the HTML before any script runs, and the Wasm takes over
// that DOM (hydration) instead of rebuilding it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, idle, launch, ready, siteTest } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const paragraphs = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'));

const test = siteTest();

test('with JavaScript off, every paragraph is on the page', async (browser) => {
  const noScript = await chromium.launch(CHROMIUM);
  const page = await (await noScript.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(browser.url);
  const shown = await page.$$eval('article .block > p[id]', (ps) => ps.map((p) => [p.id, p.textContent]));
  assert.deepEqual(shown, paragraphs.map((p) => [p.id, p.text]));
  assert.equal(await page.textContent('article h1'), article.meta.title);
  assert.equal(await page.$$eval('nav a[href^="#/section/"]', (as) => as.length), article.sections.length + 1);
  await noScript.close();
});

test('hydration keeps the pre-rendered nodes and warns about nothing', async (browser) => {
  const page = await browser.context.newPage();
  const messages = [];
  page.on('console', (m) => {
    // The test harness blocks the service worker and says so; that is not the page.
    if (!/blocked by Playwright/.test(m.text())) messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
  // Remember the first paragraph's node as parsed from the HTML, before any script.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (!window.firstParagraph) window.firstParagraph = document.getElementById('p1');
    });
  });
  await page.goto(browser.url);
  await ready(page);
  await idle(page);
  assert.ok(await page.evaluate(() => window.firstParagraph instanceof HTMLParagraphElement));
  assert.ok(await page.evaluate(() => window.firstParagraph === document.getElementById('p1')),
    'the paragraph element was replaced instead of hydrated');
  assert.deepEqual(messages.filter((m) => /hydrat|mismatch|expected/i.test(m) || m.startsWith('error') || m.startsWith('warning')), []);
  // And the app is alive: the table of contents navigates.
  await page.click('nav a[href="#/section/s2"]');
  await page.waitForFunction(() => location.hash === '#/section/s2');
  await page.close();
});

test('a deep link still lands after hydration', async (browser) => {
  const page = await browser.page('#/person/mustafa-shokay');
  await page.waitForSelector('.person-page h1');
  assert.equal(await page.textContent('.person-page h1'), 'Мұстафа Шоқай');
  assert.deepEqual(page.errors, []);
});
