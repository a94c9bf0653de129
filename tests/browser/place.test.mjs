// The reader keeps their place: Back and Forward return to the exact scroll
// position, Esc in the search box returns to the paragraph being read, and the
// text size works at every width.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const scrollY = (page) => page.evaluate(() => window.scrollY);

/** Scroll so that `id` sits in the middle of the screen; returns the position. */
async function readAt(page, id) {
  await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: 'center' }), id);
  await settle(page);
  return scrollY(page);
}

test('a reload keeps the place too', async () => {
  const page = await browser.page();
  const at = await readAt(page, 'p25');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await settle(page);
  assert.equal(await scrollY(page), at);
});

test('Esc in the search box returns to the paragraph being read', async () => {
  const page = await browser.page();
  const at = await readAt(page, 'p27');
  await page.keyboard.press('/');
  await page.keyboard.type('Баку');
  await page.waitForSelector('.results a.result');
  assert.ok((await scrollY(page)) < at, 'the results are shown from their top');
  await page.keyboard.press('Escape');
  await page.waitForSelector('article p[id]');
  await settle(page);
  assert.equal(await scrollY(page), at);
  assert.equal(await page.inputValue('#search'), '');
  assert.ok(!(await page.evaluate(() => location.hash.includes('search'))));

  // Reading a hit: Esc drops the marks and leaves the page where it is.
  await page.focus('#search');
  await page.keyboard.type('Баку');
  await page.waitForSelector('.results a.result');
  await page.click('.results a.result >> nth=1');
  await page.waitForSelector('.hit-bar');
  await page.evaluate(() => window.scrollBy(0, 300));
  await settle(page);
  const reading = await page.evaluate(() => document.querySelector('.marked').getBoundingClientRect().top);
  await page.focus('#search');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.hit-bar', { state: 'detached' });
  await settle(page);
  const after = await page.evaluate(() => document.querySelector('.marked').getBoundingClientRect().top);
  // The hit bar (one line) leaves the flow; the paragraph stays in view where it was.
  assert.ok(Math.abs(after - reading) < 80, `${reading} → ${after}`);
  assert.equal(await page.$$eval('article mark', (m) => m.length), 0);
});

test('text size scales the text at every width', async () => {
  for (const width of [360, 700, 1280]) {
    const page = await browser.page('', { width, height: 800 });
    const size = () => page.$eval('#p1', (p) => parseFloat(getComputedStyle(p).fontSize));
    const base = await size();
    await page.click('.menu-button').catch(() => {}); // the settings are in the menu on phones
    await page.click('.settings .larger');
    await page.click('.settings .larger');
    await page.waitForFunction((b) => parseFloat(getComputedStyle(document.getElementById('p1')).fontSize) > b, base);
    const bigger = await size();
    assert.ok(Math.abs(bigger / base - 1.2) < 0.02, `${width} px: ${bigger} / ${base}`);
    await page.click('.settings .smaller');
    await page.click('.settings .smaller');
    await page.waitForFunction((b) => parseFloat(getComputedStyle(document.getElementById('p1')).fontSize) === b, base);
    await page.close();
  }
});
