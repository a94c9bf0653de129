// Each interface language spoken right: counts by the CLDR plural rules, decades
// written the language's way, and the strings outside the app (the update banner,
// the error box, the not-found page) in the reader's language too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hold, reach, siteTest } from './browser.mjs';

const test = siteTest();

// The word each CLDR category takes, per language.
const MENTIONS = {
  ru: { one: 'упоминание', few: 'упоминания', many: 'упоминаний' },
  en: { one: 'mention', other: 'mentions' },
};

for (const lang of ['ru', 'en']) {
  test(`${lang}: every count on the people index takes its plural form`, async (browser) => {
    const page = await browser.inLanguage(lang, '#/people');
    await page.waitForSelector('.person-entry');
    const counts = await page.$$eval('.person-entry .count', (ps) => ps.map((p) => p.textContent.trim()));
    const numbers = new Set();
    for (const text of counts) {
      const [, n, word] = text.match(/^(\d+) (.+)$/);
      numbers.add(Number(n));
      const category = await page.evaluate(([l, x]) => new Intl.PluralRules(l).select(x), [lang, Number(n)]);
      assert.equal(word, MENTIONS[lang][category], `${text} (${category})`);
    }
    assert.ok(numbers.has(1) && numbers.size >= 3, [...numbers].join());
    await page.close();
  });
}

test('decades are written each language\'s way; places are "& organisations"', async (browser) => {
  for (const [lang, label, places] of [
    ['en', '1910s', 'Places & organisations'],
    ['ru', '1910-е', 'Места и организации'],
    ['kk', '1910\u00a0жж.', 'Жерлер мен ұйымдар'],
  ]) {
    const page = await browser.inLanguage(lang, '#/timeline');
    await page.waitForSelector('.timeline .decade h2');
    assert.equal(await page.textContent('.timeline .decade h2'), label);
    assert.ok(await page.$(`.decades button:text-is("${label}")`), `${lang}: the filter says ${label}`);
    await page.goto(`${browser.url}#/places`);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, places);
    await page.close();
  }
});

test('the results header counts paragraphs and matches in the reader\'s language', async (browser) => {
  const page = await browser.inLanguage('ru', '#/search?q=%D0%93%D0%B0%D0%B7%D0%B5%D1%82');
  await page.waitForSelector('.search-results .search-status');
  const status = await page.textContent('.search-status');
  const [, blocks, blockWord, matches, matchWord] = status.match(/^(\d+) (\S+), (\d+) (\S+)$/);
  const rules = new Intl.PluralRules('ru');
  const forms = { one: ['абзац', 'совпадение'], few: ['абзаца', 'совпадения'], many: ['абзацев', 'совпадений'] };
  assert.equal(blockWord, forms[rules.select(Number(blocks))][0], status);
  assert.equal(matchWord, forms[rules.select(Number(matches))][1], status);
  await page.close();
});

test('the update banner and the error box follow the chosen language', async (browser) => {
  const page = await browser.inLanguage('en');
  await page.evaluate(async () => (await import('./boot.js')).offerUpdate({ postMessage() {} }));
  await page.waitForSelector('#update button');
  assert.equal(await page.textContent('#update button'), 'reload');
  assert.match(await page.textContent('#update p'), /^A new version is ready/);
  assert.equal(await page.getAttribute('#update', 'lang'), 'en');
  await page.close();

  // The article cannot be loaded: the error box says so in Russian.
  const broken = await browser.context.newPage();
  await broken.route('**/article.json', (route) => route.fulfill({ status: 500, body: '' }));
  await broken.goto(browser.url);
  await broken.evaluate(() => localStorage.setItem('qazaq-reader.lang', 'ru'));
  await broken.reload();
  await reach(broken); // the app loads
  await broken.waitForSelector('#fatal');
  assert.match(await broken.textContent('#fatal'), /^Поиск и указатели недоступны/);
  await broken.close();
});

test('the not-found page speaks the reader\'s language', async (browser) => {
  const page = await browser.context.newPage();
  await page.goto(browser.url);
  await page.evaluate(() => localStorage.setItem('qazaq-reader.lang', 'en'));
  // The built 404.html, served outside the site so that its script, loaded from
  // the site, does not send the reader away before the page can be read.
  const origin = new URL(browser.url).origin;
  const html = readFileSync('dist/404.html', 'utf8').replace(/src="[^"]*404\.js"/g, `src="${new URL('404.js', browser.url).pathname}"`);
  await page.route(`${origin}/elsewhere/page`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  // Its fallback without script, a refresh a second later to the folder above, is
  // held: the page stays to be read however slow the test (it once left mid-read).
  await hold(page, `${origin}/elsewhere/`);
  await page.goto(`${origin}/elsewhere/page`);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Page not found');
  assert.equal(await page.textContent('body p'), 'Going to the article…');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.title(), 'Page not found');
  await page.close();
});
