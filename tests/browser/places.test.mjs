// The places index: filter by kind and by a Latin spelling, open a place,
// follow a mention to its paragraph.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteTest } from './browser.mjs';

const places = JSON.parse(readFileSync('data/places.json', 'utf8'));
const counts = JSON.parse(readFileSync('tests/fixtures/place_mentions.json', 'utf8'));

const test = siteTest();

const slugs = (page) => page.$$eval('[data-place].person-entry', (es) => es.map((e) => e.dataset.place));

test('the index lists every place; counts match the hand-checked ones', async (browser) => {
  const page = await browser.page('#/places');
  // The places' mentions load when a places page is first opened.
  await page.waitForSelector('[data-place].person-entry');
  assert.deepEqual((await slugs(page)).sort(), places.map((p) => p.slug).sort());
  const shown = Object.fromEntries(await page.$$eval('[data-place].person-entry', (es) => es.map((e) =>
    [e.dataset.place, Number(e.querySelector('[data-mentions]').dataset.mentions)])));
  for (const [slug, n] of Object.entries(counts)) assert.equal(shown[slug], n, slug);
  assert.deepEqual(page.errors, []);
});

test('kind chips and a Latin filter narrow the list', async (browser) => {
  const page = await browser.page('#/places');
  await page.waitForSelector('[data-place].person-entry');
  await page.click('.kinds button:has-text("қала")');
  const cities = places.filter((p) => p.kind === 'city').map((p) => p.slug).sort();
  await page.waitForFunction((n) => document.querySelectorAll('.person-entry').length === n, cities.length);
  assert.deepEqual((await slugs(page)).sort(), cities);
  await page.fill('.people-controls input', 'Baku');
  await page.waitForFunction(() => document.querySelectorAll('.person-entry').length === 1);
  assert.deepEqual(await slugs(page), ['baku']);
  await page.click('.kinds button:has-text("барлығы")');
  await page.fill('.people-controls input', 'Kaspiy');
  await page.waitForSelector('[data-place="caspian-sea"]');
});

test('a place lists its mentions, which lead to their paragraphs', async (browser) => {
  const page = await browser.page('#/place/baku');
  assert.equal(await page.textContent('.place-page h1'), 'Баку');
  await page.waitForSelector('.place-page .mentions');
  const ids = await page.$$eval('.mentions a[data-para]', (as) => as.map((a) => a.dataset.para));
  assert.equal(ids.length, Number(await page.getAttribute('.place-page [data-mentions]', 'data-mentions')));
  const target = ids.find((id) => /^p\d+$/.test(id));
  await page.click(`.mentions a[data-para="${target}"]`);
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('marked'), target);
  const unknown = await browser.page('#/place/atlantis');
  await unknown.waitForSelector('.not-found');
});

test('descriptions follow the interface language', async (browser) => {
  const page = await browser.page('#/places');
  try {
    await page.selectOption('.settings select', 'ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    // The list drawn again in Russian (it may be drawn a moment after <html lang>):
    // every place listed, the first in Russian; then each is checked.
    const [first] = places;
    await page.waitForFunction(([n, slug, ru]) => document.querySelectorAll('[data-place].person-entry').length === n
      && document.querySelector(`[data-place="${slug}"].person-entry .role`)?.textContent === ru,
    [places.length, first.slug, first.description_ru]);
    const shown = await page.$$eval('[data-place].person-entry', (es) => Object.fromEntries(
      es.map((e) => [e.dataset.place, e.querySelector('.role').textContent]),
    ));
    for (const place of places) assert.equal(shown[place.slug], place.description_ru, place.slug);
    await page.goto(browser.url + '#/place/caspian-sea');
    const caspian = places.find((p) => p.slug === 'caspian-sea');
    await page.waitForSelector('.place-page .role[lang="ru"]');
    assert.equal(await page.textContent('.place-page h1'), caspian.russian);
    assert.equal(await page.textContent('.place-page .role'), caspian.description_ru);
    assert.equal(await page.textContent('.place-page .role-other[lang="kk"]'), caspian.description_kk);
  } finally {
    await page.selectOption('.settings select', 'kk');
  }
  assert.deepEqual(page.errors, []);
});
