// Search as a reader uses it: type, see results, jump to a hit, step through
// hits, share the URL, go back; and bad input never breaks the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const BOX = 'input[type="search"]';
const resultIds = (page) => page.$$eval('.search-results [data-para]', (as) => as.map((a) => a.dataset.para));
const renderedFor = (page, q) => page.waitForFunction(
  (q) => document.querySelector('.search-results')?.dataset.query === q, q);

test('typing shows ranked results with snippets, in the URL', async () => {
  const page = await browser.page();
  await page.click(BOX);
  await page.keyboard.type('газет');
  await renderedFor(page, 'газет');
  assert.equal(await page.evaluate(() => decodeURIComponent(location.hash)), '#/search?q=газет');
  const ids = await resultIds(page);
  assert.ok(ids.includes('p11') && ids.includes('p12') && ids.includes('p13'), ids.join());
  assert.match(await page.textContent('.search-status'), /^\d+ нәтиже/);
  // Matched words are marked, inflected forms included (газеті, газетінің).
  const marks = await page.$$eval('.search-results mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.some((m) => m.startsWith('газет') && m !== 'газет'), marks.join());
  assert.deepEqual(page.errors, []);
});

test('Latin and Russian-keyboard spellings find the Kazakh names', async () => {
  const page = await browser.page();
  for (const [q, expected] of [['Nazarbayev', 'p24'], ['Шокай', 'p15'], ['Tokayev', 'p39'], ['Kazakhstan', 'p9']]) {
    await page.fill(BOX, q);
    await renderedFor(page, q);
    const ids = await resultIds(page);
    assert.ok(ids.slice(0, 5).includes(expected), `${q}: ${ids.join()}`);
  }
});

test('choosing a result jumps to the paragraph, marks the words and steps through hits', async () => {
  const page = await browser.page('#/search?q=Топчубашов');
  await renderedFor(page, 'Топчубашов');
  const first = (await resultIds(page))[0];
  await page.click(`.search-results [data-para="${first}"]`);
  await page.waitForFunction((id) => location.hash.startsWith(`#/p/${id}?q=`), first);
  await page.waitForSelector(`#${first}.marked mark`);
  assert.match(await page.textContent('.hit-bar .position'), /^\d+ \/ \d+$/);
  const [, total] = (await page.textContent('.hit-bar .position')).split(' / ').map(Number);
  assert.ok(total >= 2);
  // Step to the next hit in reading order, then back.
  const before = await page.evaluate(() => location.hash);
  if (await page.$('.hit-bar a.next-hit')) {
    await page.click('.hit-bar a.next-hit');
  } else {
    await page.click('.hit-bar a.prev-hit');
  }
  await page.waitForFunction((h) => location.hash !== h, before);
  const id = await page.evaluate(() => location.hash.match(/^#\/p\/(\w+)/)[1]);
  await page.waitForSelector(`#${id}.marked mark`);
  await page.goBack();
  await page.waitForFunction((h) => location.hash === h, before);
  // Closing the search leaves the paragraph without marks.
  await page.click('.hit-bar a.close');
  await page.waitForFunction(() => !document.querySelector('article mark'));
  assert.deepEqual(page.errors, []);
});

test('a shared search URL opens cold; back returns to where the search began', async () => {
  const page = await browser.page('#/search?q=%22%D0%93%D0%B0%D1%81%D1%8B%D1%80%20%D0%BA%D0%B5%D0%BB%D1%96%D1%81%D1%96%D0%BC%22');
  await renderedFor(page, '"Гасыр келісім"');
  assert.equal(await page.inputValue(BOX), '"Гасыр келісім"');
  assert.ok((await resultIds(page)).includes('p7'));

  const reader = await browser.page('#/section/s2');
  const entries = await reader.evaluate(() => history.length);
  await reader.click(BOX);
  // All at once, faster than a re-render: still one history entry for the search.
  await reader.evaluate(() => {
    const input = document.querySelector('input[type="search"]');
    for (const q of ['Б', 'Ба', 'Бак', 'Баку']) {
      input.value = q;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
  });
  await renderedFor(reader, 'Баку');
  assert.equal(await reader.evaluate(() => history.length), entries + 1);
  await reader.goBack();
  await reader.waitForFunction(() => location.hash === '#/section/s2');
  await reader.waitForSelector('article #s2');
});

test('slash focuses the box and Escape clears it', async () => {
  const page = await browser.page('#/section/s3');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
  await page.keyboard.type('1994');
  await renderedFor(page, '1994');
  assert.ok((await resultIds(page)).includes('p7'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.search-results'));
  assert.equal(await page.inputValue(BOX), '');
});

test('no results say so and suggest the nearest words', async () => {
  const page = await browser.page('#/search?q=xyzzy');
  await page.waitForSelector('.search-results .search-status');
  assert.match(await page.textContent('.search-status'), /табылмады/);
  const suggestions = await page.$$eval('.suggestions a', (as) => as.map((a) => a.textContent));
  assert.ok(suggestions.length > 0);
});

test('bad input: long, emoji, invisible, mixed-script, punctuation, markup', async () => {
  const page = await browser.page();
  const inputs = [
    'ә'.repeat(10_000),
    '😀🇰🇿 Әлиев',
    'Әли\u200bев\u00ad',
    'Qазақстан',
    '?!.,;:«»—',
    '.*(+[\\^$|{',
    '<img src=x onerror="window.pwned=1">',
    '"unclosed phrase',
  ];
  for (const q of inputs) {
    await page.fill(BOX, q);
    await page.waitForSelector('.search-results .search-status');
    await page.waitForTimeout(20);
  }
  assert.equal(await page.$('img'), null, 'the query is never parsed as HTML');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$('#fatal'), null, 'no panic');
  // Still alive and searching.
  await page.fill(BOX, 'Тагиев');
  await renderedFor(page, 'Тагиев');
  assert.ok((await resultIds(page)).length > 0);
  // The long query is capped in the URL and the reader is told.
  await page.fill(BOX, 'ә'.repeat(10_000));
  await page.waitForSelector('.search-results .notice');
  assert.ok(await page.evaluate(() => location.hash.length < 20_000));
  assert.deepEqual(page.errors, []);
});

test('keystroke to rendered results (printed, not asserted)', async () => {
  const page = await browser.page();
  const times = [];
  for (const q of ['Ә', 'Әз', 'Әзе', 'Әзер', 'Әзерб', 'газет', 'Nazarbayev', 'репресс', 'Баку 1926', '"Ғасыр келісім"']) {
    times.push(await page.evaluate(async (q) => {
      const input = document.querySelector('input[type="search"]');
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      while (document.querySelector('.search-results')?.dataset.query !== q) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    }, q));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`search keystroke → rendered results: median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} queries`);
  assert.ok(times.length === 10);
});
