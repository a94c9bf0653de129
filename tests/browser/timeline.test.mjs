// The timeline: chronological, decades marked, filters in the URL, events
// linked to their paragraphs and people.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteTest } from './browser.mjs';

const en = JSON.parse(readFileSync('data/translations/en.json', 'utf8'));
const ru = JSON.parse(readFileSync('data/translations/ru.json', 'utf8'));

const test = siteTest();

const years = (page) => page.$$eval('.event', (es) => es.map((e) => Number(e.dataset.year)));

test('events are in time order under decade headings; anniversaries are apart', async (browser) => {
  const page = await browser.page('#/timeline');
  // The dates load when the timeline is first opened.
  await page.waitForSelector('.timeline .event');
  const ys = await years(page);
  assert.ok(ys.length >= 20, `${ys.length} events`);
  assert.equal(ys[0], 1911);
  assert.ok(ys.every((y) => y >= 1900 && y <= 2020), 'anniversaries such as 1300 or 600 are not years');
  // Each event sits under a decade it falls in or spans, in time order there.
  const groups = await page.$$eval('.event', (es) => es.map((e) => ({
    decade: Number(e.dataset.decade), start: Number(e.dataset.year), years: Number(e.dataset.years),
  })));
  for (const [i, e] of groups.entries()) {
    assert.ok(e.start < e.decade + 10 && e.start + e.years - 1 >= e.decade, JSON.stringify(e));
    if (i > 0 && groups[i - 1].decade === e.decade) assert.ok(groups[i - 1].start <= e.start);
  }
  const decades = await page.$$eval('.timeline .decade h2', (hs) => hs.map((h) => parseInt(h.textContent, 10)));
  assert.deepEqual(decades, [...new Set(groups.map((e) => e.decade))]);
  assert.deepEqual(decades, [...decades].sort((a, b) => a - b));
  assert.ok(await page.$('.event.range[data-year="1911"]'), '1911-1913 is drawn as a span');
  // 1929-1939 under the 1920s and the 1930s.
  for (const decade of [1920, 1930]) {
    assert.ok(await page.$(`.event[data-decade="${decade}"][data-year="1929"][data-years="11"]`), `1929-1939 in ${decade}s`);
  }
  const anniversaries = await page.$$eval('.anniversaries li', (ls) => ls.map((l) => l.textContent));
  assert.ok(anniversaries.some((a) => a.includes('Абай') && a.includes('150')), anniversaries.join(' | '));
  // Each names its subject: "Әзербайжан дипломатиясы — 100 жылдық".
  assert.ok(anniversaries.every((a) => / — \d+ /.test(a)), anniversaries.join(' | '));
  assert.ok(anniversaries.some((a) => a.startsWith('Әзербайжан дипломатиясы — 100')), anniversaries.join(' | '));
  assert.deepEqual(page.errors, []);
});

test('an event is about the people a pronoun or its paragraph points to', async (browser) => {
  const page = await browser.page('#/timeline?decade=1930');
  // The dates load when the timeline is first opened.
  await page.waitForSelector('.timeline .event');
  const people = (sel) => page.$$eval(`${sel} [data-person]`, (as) => as.map((a) => a.dataset.person));
  // «Ол 1937 жылы ... тұтқындалды»: Рысқұлов, named the sentence before.
  const arrest = page.locator('.event', { hasText: 'Ол 1937 жылы' });
  assert.deepEqual(await arrest.locator('[data-person]').evaluateAll((as) => as.map((a) => a.dataset.person)), ['turar-ryskulov']);
  // 1937-1938: the eleven the paragraph goes on to name.
  assert.equal((await people('.event[data-event="p19-1"]')).length, 11);
});

test('decade and person filters live in the URL', async (browser) => {
  const page = await browser.page('#/timeline');
  // The dates load when the timeline is first opened.
  await page.waitForSelector('.timeline .event');
  await page.click('.decades button:has-text("1930")');
  await page.waitForFunction(() => location.hash === '#/timeline?decade=1930');
  const spans = await page.$$eval('.event', (es) => es.map((e) => [Number(e.dataset.year), Number(e.dataset.years)]));
  assert.ok(spans.length > 0 && spans.every(([y, n]) => y < 1940 && y + n - 1 >= 1930), spans.join(' '));
  assert.ok(spans.some(([y]) => y === 1929), 'a range that starts in the 1920s is under the 1930s too');

  const cold = await browser.page('#/timeline?person=turar-ryskulov');
  await cold.waitForSelector('.timeline .event');
  const events = await cold.$$eval('.event', (es) => es.map((e) => [...e.querySelectorAll('[data-person]')].map((a) => a.dataset.person)));
  assert.ok(events.length > 0 && events.every((p) => p.includes('turar-ryskulov')));
  assert.equal(await cold.inputValue('.person-filter select'), 'turar-ryskulov');
  await cold.selectOption('.person-filter select', '');
  await cold.waitForFunction(() => location.hash === '#/timeline');
});

test('an event leads to its paragraph and to its people', async (browser) => {
  const page = await browser.page('#/timeline');
  // The dates load when the timeline is first opened.
  await page.waitForSelector('.timeline .event');
  const event = page.locator('.event', { has: page.locator('[data-person="mustafa-shokay"]') }).first();
  const para = await event.locator('a.in-text').getAttribute('data-para');
  await event.locator('a.in-text').click();
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('marked'), para);
  await page.goBack();
  await page.waitForSelector('.timeline');
  await page.locator('.event [data-person="mustafa-shokay"]').first().click();
  await page.waitForFunction(() => location.hash === '#/person/mustafa-shokay');
});

test('the lines read in the interface language, or in the reading choice, the Kazakh kept under them', async (browser) => {
  const fetched = () => browser.requests.map(([p]) => p).filter((p) => p.includes('/translations/'));
  const line = (page, sel) => page.$eval(`.event[data-event="p11-1"] ${sel}`, (p) => [p.lang, p.textContent]);
  const page = await browser.page('#/timeline');
  await page.waitForSelector('.timeline .event[data-event="p11-1"]');
  const kazakh = await line(page, '.what');
  // A Kazakh reader: the Kazakh lines, and no translation fetched for them.
  assert.equal(kazakh[0], 'kk');
  assert.equal(await page.$('.event .what.original'), null);
  assert.deepEqual(fetched(), []);

  // The English interface: the English lines, fetched now, the Kazakh under each.
  await page.evaluate(() => localStorage.setItem('qazaq-reader.lang', 'en'));
  await page.reload();
  await page.waitForSelector('.event[data-event="p11-1"] .what[lang="en"]');
  assert.deepEqual(await line(page, '.what:not(.original)'), ['en', en.timeline['p11-1']]);
  assert.deepEqual(await line(page, '.what.original'), kazakh);
  assert.match(await page.textContent('.timeline-page .tr-notice'), /unofficial/);
  assert.deepEqual(fetched(), ['/qazaq-reader/translations/en.json']);
  const lines = await page.$$eval('.event .what:not(.original)', (ps) => ps.filter((p) => p.lang === 'en').length);
  assert.equal(lines, await page.$$eval('.event', (es) => es.length), 'every event has its English line');

  // A reading choice wins over the interface language.
  await page.selectOption('#reading', 'ru');
  await page.waitForSelector('.event[data-event="p11-1"] .what[lang="ru"]');
  assert.deepEqual(await line(page, '.what:not(.original)'), ['ru', ru.timeline['p11-1']]);
  assert.deepEqual(await line(page, '.what.original'), kazakh);
  assert.deepEqual(page.errors, []);
  await page.evaluate(() => { localStorage.removeItem('qazaq-reader.lang'); localStorage.removeItem('qazaq-reader.reading'); });
  await page.close();
});
