// The pages the build writes for each fixed route (people.html, person-<slug>.ru.html, …):
// readable and linked with JavaScript off, reached by a plain link before the app, taken
// over by the app without a mismatch, and followed inside the app without loading.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, launch, plainTest as test, ready } from './browser.mjs';

const people = JSON.parse(readFileSync('data/people.json', 'utf8'));
const places = JSON.parse(readFileSync('data/places.json', 'utf8'));
const slugs = (list) => (Array.isArray(list) ? list : list.people ?? list.places).map((e) => e.slug);

/** The pages the build should have written, by file name: route × interface language. */
function expectedPages() {
  const stems = ['people', 'places', 'timeline', 'map', 'words', 'overview', 'about',
    ...slugs(people).map((s) => `person-${s}`), ...slugs(places).map((s) => `place-${s}`)];
  return stems.flatMap((stem) => [[`${stem}.html`, 'kk'], [`${stem}.ru.html`, 'ru'], [`${stem}.en.html`, 'en']]);
}

/** A new tab on `file` of the site, with the errors the page reports. */
async function watched(browser, file) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(browser.url + file);
  return { page, errors };
}

test('every fixed route has a page in each language, and nothing else is written as one', () => {
  const expected = expectedPages().map(([f]) => f).sort();
  const written = readdirSync('dist').filter((f) => f.endsWith('.html') && !['index.html', '404.html'].includes(f)).sort();
  assert.deepEqual(written, expected);
});

test('with JavaScript off, each page has its content and every link leads to a file of the site', async () => {
  const { url, close } = await launch();
  const noScript = await chromium.launch(CHROMIUM);
  const page = await (await noScript.newContext({ javaScriptEnabled: false })).newPage();
  try {
    for (const [file, lang] of expectedPages()) {
      await page.goto(url + file);
      const seen = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelector('main h1')?.textContent.trim() ?? '',
        title: document.title,
        // SVG links too (the map's), whose `href` property is no string.
        links: [...document.querySelectorAll('#app a[href]')]
          .map((a) => [a.getAttribute('href'), new URL(a.getAttribute('href'), location.href).href]),
      }));
      assert.equal(seen.lang, lang, file);
      assert.ok(seen.h1.length > 0, `${file}: a heading`);
      assert.ok(seen.title.startsWith(`${seen.h1} — `), `${file}: its name in the title`);
      for (const [raw, resolved] of seen.links) {
        const target = new URL(resolved);
        if (target.origin !== new URL(url).origin) continue; // the bibliography's sources
        const path = decodeURIComponent(target.pathname).slice(new URL(url).pathname.length) || 'index.html';
        assert.ok(existsSync(`dist/${path}`), `${file}: ${raw} leads to dist/${path}`);
        // A link to the opening page's route names that page, not this one.
        if (raw.startsWith('#/')) assert.fail(`${file}: ${raw} stays on this page`);
      }
    }
    // The lists link each entry's page in the page's language.
    await page.goto(`${url}people.ru.html`);
    const entries = await page.$$eval('.person-entry h2 a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(entries.sort(), slugs(people).map((s) => `person-${s}.ru.html`).sort());
  } finally {
    await noScript.close();
    await close();
  }
});

test('a tap on People before the app is a plain link to its page: no app is fetched', async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.url);
    // A tap at first paint, as a click event only (no pointer moved before it).
    await page.$eval('.topbar-link[href="people.html"]', (a) => a.click());
    await page.waitForURL(/people\.html$/);
    await page.waitForSelector('.person-entry');
    assert.equal(await page.locator('.person-entry').count(), slugs(people).length);
    // The list is the page's own HTML: no app runs on it, none was asked for by it.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined);
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    assert.ok(fetched.some((name) => name.endsWith('/style.css')), 'its resources are listed');
    // (The small search runtime may come when the page is idle: it is not the app.)
    assert.ok(!fetched.some((name) => /qazaq_reader|extras/.test(name)), `no app fetched for it: ${fetched.join(' ')}`);
    await page.close();
  } finally {
    await browser.close();
  }
});

test('the app takes each kind of page over without rebuilding it, in kk, ru and en', async () => {
  const browser = await launch();
  try {
    const files = ['people', 'places', 'timeline', 'about', 'person-heydar-aliyev', 'place-baku']
      .flatMap((stem) => [`${stem}.html`, `${stem}.ru.html`, `${stem}.en.html`]);
    for (const file of files) {
      const { page, errors } = await watched(browser, file);
      const before = await page.evaluate(() => {
        document.querySelector('main h1').dataset.parsed = 'yes';
        return [document.documentElement.lang, document.querySelector('main').textContent];
      });
      await ready(page);
      const after = await page.evaluate(() => [
        document.documentElement.lang,
        document.querySelector('main').textContent,
        document.querySelector('main h1')?.dataset.parsed,
      ]);
      assert.deepEqual(after, [...before, 'yes'], `${file}: the same nodes, the same text`);
      assert.deepEqual(errors, [], file);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test('the map, the words and the overview are on their pages before their module, which then takes over', async () => {
  const browser = await launch();
  try {
    for (const [file, live] of [['map.html', 'svg.map [data-place]'], ['words.ru.html', '.words-page li[data-lemma]'], ['overview.en.html', '.overview a']]) {
      const { page, errors } = await watched(browser, file);
      const before = await page.evaluate((live) => {
        document.querySelector('main h1').dataset.parsed = 'yes';
        return [document.querySelector('main h1').textContent, document.querySelectorAll(live).length];
      }, live);
      assert.ok(before[1] > 0, `${file}: ${live} in the HTML`);
      await ready(page);
      // The module's own page replaces the pre-rendered one: the same heading and items.
      await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main h1').dataset.parsed
        && !document.querySelector('main .loading'));
      const after = await page.evaluate((live) => [document.querySelector('main h1').textContent, document.querySelectorAll(live).length], live);
      assert.deepEqual(after, before, file);
      assert.deepEqual(errors, [], file);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test('inside the app, a link to a page of its own is followed without loading it', async () => {
  const browser = await launch();
  try {
    const page = await browser.page('people.en.html');
    await page.evaluate(() => { window.sameDocument = true; });
    await page.click('main a[href="person-heydar-aliyev.en.html"]');
    await page.waitForSelector('.person-page h1');
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page was loaded');
    assert.equal(await page.evaluate(() => location.hash), '#/person/heydar-aliyev');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // A link to the text goes back to the opening page's route, still in place.
    await page.click('.toc a[href="./#/section/s2"]');
    await page.waitForFunction(() => document.getElementById('s2'));
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page was loaded');
    await page.goBack();
    await page.waitForSelector('.person-page h1');
    await page.goBack();
    await page.waitForSelector('.person-entry');
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    await browser.close();
  }
});

test('an old hash link still opens its page, and an unknown page file is not found', async () => {
  const browser = await launch();
  try {
    const page = await browser.page('#/person/heydar-aliyev');
    await page.waitForSelector('.person-page h1');
    const response = await page.goto(`${browser.url}person-nobody.html`);
    assert.equal(response.status(), 404);
    await page.close();
  } finally {
    await browser.close();
  }
});
