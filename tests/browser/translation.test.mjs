// The working translations as a reader meets them: nothing fetched on the first
// visit; chosen, they appear beside the Kazakh (wide) or under it (phone); links
// and storage carry the choice; search finds Kazakh paragraphs through them; and
// once fetched they work offline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { frames, hold, idle, ready, siteTest } from './browser.mjs';

const en = JSON.parse(readFileSync('data/translations/en.json', 'utf8'));
const ru = JSON.parse(readFileSync('data/translations/ru.json', 'utf8'));
const abstractsKk = JSON.parse(readFileSync('data/abstracts/kk.json', 'utf8'));
const BOX = 'input[type="search"]';
const fetchedLazily = (requests) => requests.map(([p]) => p).filter((p) => /\/(translations|abstracts)\//.test(p));
const box = (page, sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; });

const test = siteTest();
const withWorker = siteTest({ serviceWorkers: 'allow' });

test('fetched only when chosen; side by side on a wide screen; remembered', async (browser) => {
  const page = await browser.page('', { width: 1280, height: 900 });
  // The first visit loads no translation and no abstract: none asked for by the
  // time the app is ready and the page idle.
  await idle(page);
  assert.deepEqual(fetchedLazily(browser.requests), []);
  assert.equal(await page.$('.tr'), null);

  await page.selectOption('#reading', 'en');
  await page.waitForSelector('#p1 + .tr');
  assert.deepEqual(fetchedLazily(browser.requests), ['/qazaq-reader/translations/en.json']);
  assert.equal(await page.textContent('#p1 + .tr'), en.blocks.p1);
  assert.equal(await page.getAttribute('#p1 + .tr', 'lang'), 'en');
  // Two columns, aligned paragraph by paragraph.
  const [kk, tr] = [await box(page, '#p12'), await box(page, '#p12 + .tr')];
  assert.ok(tr.left >= kk.right, `${JSON.stringify(kk)} ${JSON.stringify(tr)}`);
  assert.ok(Math.abs(tr.top - kk.top) < 2, `${kk.top} vs ${tr.top}`);
  assert.equal(await page.textContent('#s2 .tr-heading'), en.sections.s2);
  // The contents name the sections in the translation too, under the Kazakh.
  assert.equal(await page.textContent('.toc a[href="#/section/s2?tr=en"] .tr-toc'), en.sections.s2);
  assert.equal(await page.getAttribute('.toc a[href="#/section/s2?tr=en"] .tr-toc', 'lang'), 'en');
  // Said plainly: unofficial, Kazakh authoritative (the interface is Kazakh).
  assert.match(await page.textContent('.tr-notice'), /ресми емес/);
  assert.match(await page.evaluate(() => location.hash), /tr=en/);

  await page.reload();
  await ready(page);
  await page.waitForSelector('#p1 + .tr');
  assert.equal(await page.$eval('#reading', (s) => s.value), 'en');
  assert.deepEqual(page.errors, []);
  await page.selectOption('#reading', 'kk');
  await page.waitForFunction(() => !document.querySelector('.tr'));
  assert.doesNotMatch(await page.evaluate(() => location.hash), /tr=/);
});

test('a ?tr= link on a phone: interleaved, each translation under its paragraph', async (browser) => {
  const page = await browser.page('#/p/p12?tr=ru', { width: 360, height: 740 });
  await page.waitForSelector('#p12 + .tr[lang="ru"]');
  assert.equal(await page.textContent('#p12 + .tr'), ru.blocks.p12);
  const [kk, tr] = [await box(page, '#p12'), await box(page, '#p12 + .tr')];
  assert.ok(tr.top >= kk.bottom - 1, `${kk.bottom} vs ${tr.top}`);
  assert.ok(Math.abs(tr.left - kk.left) < 40);
  // Visually distinct: its own rule on the left.
  assert.notEqual(await page.$eval('#p12 + .tr', (e) => getComputedStyle(e).borderLeftStyle), 'none');
  assert.equal(await page.$eval('#reading', (s) => s.value), 'ru');
  // A link's choice is not stored: only the reader's own choice is.
  assert.notEqual(await page.evaluate(() => localStorage.getItem('qazaq-reader.reading')), 'ru');
  assert.deepEqual(page.errors, []);
});

// The translation arrives after the link has scrolled to its paragraph, and
// rewrites the body above it (columns, or a paragraph under each): the
// paragraph is brought into view again, unless the reader has scrolled since.
// Held back until the link has scrolled to its paragraph (or the reader away from it).
const inView = (page, id) => page.waitForFunction((id) => {
  const r = document.getElementById(id)?.getBoundingClientRect();
  return r && r.top >= 0 && r.top < innerHeight;
}, id);
const topOf = (page, id) => page.$eval(`#${id}`, (p) => ({ top: p.getBoundingClientRect().top, height: innerHeight }));
for (const [id, tr, width, height] of [['p3', 'en', 1280, 900], ['p20', 'ru', 360, 740]]) {
  test(`#/p/${id}?tr=${tr} at ${width} px ends with ${id} in view, the translation written`, async (browser) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    const translation = await hold(page, `**/translations/${tr}.json`);
    await page.goto(`${browser.url}#/p/${id}?tr=${tr}`);
    await ready(page);
    await translation.asked;
    await inView(page, id);
    translation.release();
    await page.waitForSelector(`#${id} + .tr[lang="${tr}"]`);
    await frames(page);
    const { top, height: vh } = await topOf(page, id);
    assert.ok(top >= 0 && top <= vh / 2, `#${id}'s top at ${top} px of ${vh}`);
    await page.close();
  });
}

test('a reader who scrolled before the translation came keeps the place', async (browser) => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  const translation = await hold(page, '**/translations/ru.json');
  await page.goto(`${browser.url}#/p/p20?tr=ru`);
  await ready(page);
  await inView(page, 'p20');
  await page.mouse.wheel(0, 1500);
  await page.waitForFunction(() => document.getElementById('p20')?.getBoundingClientRect().bottom < 0);
  await frames(page);
  const y = await page.evaluate(() => scrollY);
  translation.release();
  await page.waitForSelector('#p20 + .tr[lang="ru"]');
  await frames(page);
  assert.equal(await page.evaluate(() => scrollY), y, 'the page stays where the reader put it');
  const { top, height } = await topOf(page, 'p20');
  assert.ok(top > height, `not pulled back to #p20 (${top})`);
  await page.close();
});

test('a translation alone replaces the Kazakh text', async (browser) => {
  const page = await browser.page('#/section/s3?tr=en-only');
  await page.waitForFunction((t) => document.getElementById('p30')?.textContent === t, en.blocks.p30);
  assert.equal(await page.$('#p30 + .tr'), null);
  assert.equal(await page.textContent('#s3 h2 span[lang="en"]'), en.sections.s3);
  // The contents too, in the translation alone.
  assert.equal(await page.textContent('.toc a[href="#/section/s3?tr=en-only"]'), en.sections.s3);
});

test('abstracts are folded, fetched when first opened', async (browser) => {
  const page = await browser.page();
  assert.deepEqual(fetchedLazily(browser.requests).filter((p) => p.includes('abstracts')), []);
  assert.equal(await page.$eval('.article-header ~ details.abstract', (d) => d.open), false);
  await page.click('.article-header ~ details.abstract summary');
  await page.waitForFunction((t) => document.querySelector('.article-header ~ details.abstract .abstract-text')?.textContent === t,
    abstractsKk.article);
  assert.ok(fetchedLazily(browser.requests).includes('/qazaq-reader/abstracts/kk.json'));
  assert.equal(await page.textContent('#s2 details.abstract .abstract-text'), abstractsKk.s2);
});

test('English and Russian words find Kazakh paragraphs, said where', async (browser) => {
  const page = await browser.page();
  for (const [q, id, lang, note] of [
    ['independence', 'p25', 'en', 'ағылшын тіліндегі аудармадан табылды'],
    ['нефть', 'p35', 'ru', 'орыс тіліндегі аудармадан табылды'],
    ['Caspian', 'p30', 'en', 'ағылшын'],
  ]) {
    await page.fill(BOX, q);
    await page.waitForSelector(`.search-results[data-query="${q}"] [data-para="${id}"] .snippet.tr`);
    const item = `.search-results [data-para="${id}"]`;
    assert.equal(await page.getAttribute(`${item} .snippet.tr`, 'lang'), lang);
    const marks = await page.$$eval(`${item} .snippet.tr mark`, (ms) => ms.map((m) => m.textContent.toLowerCase()));
    assert.ok(marks.some((m) => m.startsWith(q.toLowerCase().slice(0, 4))), `${q}: ${marks}`);
    assert.match(await page.textContent(`${item} .found-in`), new RegExp(note));
    // The Kazakh paragraph is shown above it.
    assert.ok((await page.textContent(`${item} .snippet[lang="kk"]`)).length > 20);
  }
  // A hit in the Kazakh text comes before blocks found only in a translation.
  await page.fill(BOX, 'Baku');
  await page.waitForSelector('.search-results[data-query="Baku"] .found-in');
  const order = await page.$$eval('.search-results li', (ls) => ls.map((l) => !!l.querySelector('.found-in')));
  assert.ok(order.indexOf(true) > 0 && !order.slice(order.indexOf(true)).includes(false), order.join());
  // Following a translated hit opens the paragraph beside its translation.
  await page.fill(BOX, 'independence');
  await page.waitForSelector('.search-results[data-query="independence"] [data-para="p25"]');
  await page.click('.search-results [data-para="p25"]');
  await page.waitForSelector('#p25 + .tr[lang="en"]');
  // Its words marked there, the first of them the hit bar's current one.
  await page.waitForSelector('#p25 + .tr mark.current');
  assert.match((await page.textContent('#p25 + .tr mark.current')).toLowerCase(), /^independ/);
  assert.match(await page.textContent('.hit-bar .position'), /^\d+ \/ \d+$/);
  assert.deepEqual(page.errors, []);
});

test('a hit found in a translation read alone is marked in it, and stepped through', async (browser) => {
  const page = await browser.page('#/p/p30?q=Caspian&tr=en-only');
  await page.waitForSelector('#p30 span[lang="en"] mark.current');
  assert.match(await page.textContent('#p30 mark.current'), /^Caspian/);
  const total = Number((await page.textContent('.hit-bar .position')).split(' / ')[1]);
  assert.ok(total > 1, `${total}`);
  // Down to the next mark, wherever it is: always one of the translation's.
  const was = await page.getAttribute('.hit-bar .position', 'data-step');
  await page.click('.hit-bar a.next-hit');
  await page.waitForFunction((w) => document.querySelector('.hit-bar .position')?.dataset.step !== w, was);
  await page.waitForSelector('mark.current');
  assert.equal(await page.$eval('mark.current', (m) => m.closest('[lang]').lang), 'en');
  assert.match(await page.textContent('mark.current'), /^Caspian/i);
  assert.deepEqual(page.errors, []);
});

// Offline.
withWorker('once the site is cached, translations and cross-language search work offline', async (browser) => {
  const page = await browser.page();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await ready(page);
    await page.selectOption('#reading', 'ru');
    await page.waitForSelector('#p1 + .tr[lang="ru"]');
    await page.fill(BOX, 'oil');
    await page.waitForSelector('.search-results[data-query="oil"] .snippet.tr mark');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.context.setOffline(false);
  }
});
