// The timeline: chronological, decades marked, filters in the URL, events
// linked to their paragraphs and people.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const years = (page) => page.$$eval('.event', (es) => es.map((e) => Number(e.dataset.year)));

test('events are in time order under decade headings; anniversaries are apart', async () => {
  const page = await browser.page('#/timeline');
  // The dates load when the timeline is first opened.
  await page.waitForSelector('.timeline .event');
  const ys = await years(page);
  assert.ok(ys.length >= 20, `${ys.length} events`);
  assert.deepEqual(ys, [...ys].sort((a, b) => a - b));
  assert.equal(ys[0], 1911);
  assert.ok(ys.every((y) => y >= 1900 && y <= 2020), 'anniversaries such as 1300 or 600 are not years');
  const decades = await page.$$eval('.timeline .decade h2', (hs) => hs.map((h) => parseInt(h.textContent, 10)));
  assert.deepEqual(decades, [...new Set(ys.map((y) => Math.floor(y / 10) * 10))]);
  assert.ok(await page.$('.event.range[data-year="1911"]'), '1911-1913 is drawn as a span');
  const anniversaries = await page.$$eval('.anniversaries li', (ls) => ls.map((l) => l.textContent));
  assert.ok(anniversaries.some((a) => a.includes('Абай') && a.includes('150')), anniversaries.join(' | '));
  assert.deepEqual(page.errors, []);
});

test('decade and person filters live in the URL', async () => {
  const page = await browser.page('#/timeline');
  // The dates load when the timeline is first opened.
  await page.waitForSelector('.timeline .event');
  await page.click('.decades button:has-text("1930")');
  await page.waitForFunction(() => location.hash === '#/timeline?decade=1930');
  const ys = await years(page);
  assert.ok(ys.length > 0 && ys.every((y) => y >= 1930 && y < 1940), ys.join());

  const cold = await browser.page('#/timeline?person=turar-ryskulov');
  await cold.waitForSelector('.timeline .event');
  const events = await cold.$$eval('.event', (es) => es.map((e) => [...e.querySelectorAll('[data-person]')].map((a) => a.dataset.person)));
  assert.ok(events.length > 0 && events.every((p) => p.includes('turar-ryskulov')));
  assert.equal(await cold.inputValue('.person-filter select'), 'turar-ryskulov');
  await cold.selectOption('.person-filter select', '');
  await cold.waitForFunction(() => location.hash === '#/timeline');
});

test('an event leads to its paragraph and to its people', async () => {
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
