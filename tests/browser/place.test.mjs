// The reader keeps their place: Back and Forward return to the exact scroll
// position, Esc in the search box returns to the paragraph being read, and the
// text size works at every width.
import assert from 'node:assert/strict';
import { ready, siteTest } from './browser.mjs';

const test = siteTest();

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const scrollY = (page) => page.evaluate(() => window.scrollY);

/**
 * The place is put back a task after the page is drawn, later on a busy machine:
 * wait (a few seconds at most) for `y`, then return where the page really is.
 */
async function scrollYSettledAt(page, y) {
  await page.waitForFunction((y) => window.scrollY === y, y, { timeout: 5000 }).catch(() => {});
  return scrollY(page);
}

/** Scroll so that `id` sits in the middle of the screen; returns the position. */
async function readAt(page, id) {
  await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: 'center' }), id);
  await settle(page);
  return scrollY(page);
}

for (const [start, label] of [['', 'the article'], ['#/section/s2', 'a section']]) {
  test(`${label}: a name tapped mid-section, then Back and Forward, return to the exact place, every time`, async (browser) => {
    const page = await browser.page(start);
    for (const id of ['p20', 'p27', 'p14']) {
      const at = await readAt(page, id);
      assert.ok(at > 2000, `${id} is deep in the article (${at})`);
      const before = await page.evaluate(() => location.hash);
      // Tap a name on screen, below the top of the section (not scrolled to first).
      const tapped = await page.evaluate(() => {
        const link = [...document.querySelectorAll('article a.person')].find((a) => {
          const { top } = a.getBoundingClientRect();
          return top > innerHeight / 3 && top < innerHeight - 20;
        });
        link?.click();
        return link?.getAttribute('href');
      });
      assert.ok(tapped, `a name is on screen near ${id}`);
      await page.waitForSelector('.person-page h1');
      // Read a little of the person's page too.
      await page.evaluate(() => window.scrollTo(0, 40));
      await settle(page);
      const onPerson = await scrollY(page);

      await page.goBack();
      await page.waitForFunction((hash) => location.hash === hash, before);
      await page.waitForSelector('article p[id]');
      await settle(page);
      assert.equal(await scrollYSettledAt(page, at), at, `Back to ${id}`);

      await page.goForward();
      await page.waitForSelector('.person-page h1');
      await settle(page);
      assert.equal(await scrollYSettledAt(page, onPerson), onPerson, 'Forward to the person, where it was left');

      await page.goBack();
      await page.waitForSelector('article p[id]');
      await settle(page);
      assert.equal(await scrollYSettledAt(page, at), at, `Back to ${id} again`);
    }
    assert.deepEqual(page.errors, []);
  });
}

test('a reload keeps the place too', async (browser) => {
  const page = await browser.page();
  const at = await readAt(page, 'p25');
  await page.reload();
  await ready(page);
  await settle(page);
  assert.equal(await scrollYSettledAt(page, at), at);
});

test('Esc in the search box returns to the paragraph being read', async (browser) => {
  const page = await browser.page();
  const at = await readAt(page, 'p27');
  await page.keyboard.press('/');
  await page.keyboard.type('Баку');
  await page.waitForSelector('.results a.result');
  assert.ok((await scrollY(page)) < at, 'the results are shown from their top');
  await page.keyboard.press('Escape');
  await page.waitForSelector('article p[id]');
  await settle(page);
  assert.equal(await scrollYSettledAt(page, at), at);
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

test('text size scales the text at every width', async (browser) => {
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
