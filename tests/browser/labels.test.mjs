// No Kazakh label left for a Russian or English reader: every route, opened in each of
// those interface languages, shows no string of the Kazakh interface table and no
// letter only Kazakh Cyrillic has, outside what is marked as Kazakh content
// (lang="kk": the article's text, a quotation, a Kazakh word in the word list).
// The tables come from the build (`site --ui-strings`), not from the source.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteTest } from './browser.mjs';

const TABLES = join(process.env.CARGO_TARGET_DIR ?? 'target', 'ui-strings.json');
const words = JSON.parse(readFileSync('dist/words.json', 'utf8'));

// The tables, read once: every test only reads them.
let tables;
before(() => {
  assert.ok(existsSync(TABLES), `${TABLES}: run tools/build.sh first`);
  tables = JSON.parse(readFileSync(TABLES, 'utf8'));
});
const test = siteTest();

/** Letters of Kazakh Cyrillic that Russian does not have. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/**
 * The Kazakh strings a page in `lang` must not show: those of the Kazakh table that
 * the language's own table does not also hold (`Хронология` is Russian too), as
 * whole words. Strings with a placeholder are left to the letter check.
 */
function forbidden(lang) {
  const own = new Set(tables[lang]);
  return tables.kk
    .filter((s) => !own.has(s) && !s.includes('{') && /\p{L}/u.test(s))
    .map((s) => ({
      s,
      re: new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
    }));
}

/**
 * What a reader sees or hears of the page's labels, outside Kazakh content: the text
 * of every visible text node, and the accessible names, titles and placeholders of
 * visible elements, each with its language (the nearest mark) and where it is.
 */
function labelsOnPage() {
  const out = [];
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''));
    }
    return parts.join(' > ');
  };
  // Marks inside the page only: <html lang> is the interface's language.
  const mark = (el) => el.closest('body [lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  const kazakh = (el) => (el.closest('body [lang]')?.getAttribute('lang') ?? '').startsWith('kk');
  const visible = (el) => el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: false })
    && !el.closest('[hidden], [aria-hidden="true"]');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent.trim();
    if (!text || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
    if (kazakh(el) || !visible(el)) continue;
    out.push({ text, where: where(el), lang: mark(el) });
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (kazakh(el) || !visible(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const text = el.getAttribute(a)?.trim();
      if (text) out.push({ text, where: `${where(el)} @${a}`, lang: mark(el) });
    }
  }
  return out;
}

/** Every route the app has, with what says its page is all there. */
function routes(lang) {
  const lemma = words.entries.find((e) => !e.person && !e.place).lemma;
  return [
    // The contents in the interface language: its translation has arrived
    // (the second entry is the first titled section).
    ['home', '#/', `.toc li:nth-child(2) a [lang="${lang}"]`],
    ['section', '#/section/s3', `.toc li:nth-child(2) a [lang="${lang}"]`],
    ['people', '#/people', '.person-entry'],
    // The mentions from the translated paragraphs.
    ['person', '#/person/mustafa-shokay', `.person-page .mentions .snippet[lang="${lang}"]`],
    ['places', '#/places', '.person-entry'],
    ['place', '#/place/baku', `.place-page .mentions .snippet[lang="${lang}"]`],
    ['timeline', '#/timeline', `.timeline .event .what[lang="${lang}"]`],
    ['map', '#/map', '.map .marker text'],
    ['words', '#/words', '.word-list li'],
    ['word', `#/words?w=${encodeURIComponent(lemma)}`, '.kwic .kwic-line'],
    ['overview', '#/overview', '.overview .top-words li'],
    ['notes', '#/notes', '.notes-page'],
    ['search', `#/search?q=${lang === 'ru' ? 'нефть' : 'oil'}`, '.result'],
    ['not found', '#/nowhere/at-all', '.not-found h1'],
  ];
}

/**
 * `hash` opened cold, in a new tab, in interface language `lang` (stored, as the
 * settings do): a new document each time, never a hash change and a reload, which
 * can reload the address from before the hash (see browser.inLanguage).
 */
async function open(browser, lang, hash) {
  const page = await browser.page(hash);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  return page;
}

/** Stores interface language `lang`, as the settings do. */
async function choose(browser, lang) {
  const page = await browser.page();
  await page.evaluate((l) => localStorage.setItem('qazaq-reader.lang', l), lang);
  await page.close();
}

for (const lang of ['ru', 'en']) {
  test(`${lang}: no Kazakh label on any route`, async (browser) => {
    // A Russian name on an English page is checked as Russian (`порт` is Russian too).
    const banned = { ru: forbidden('ru'), en: forbidden('en') };
    assert.ok(banned[lang].length > 100, `the Kazakh table has its strings (${banned[lang].length})`);
    await choose(browser, lang);
    const found = [];
    const errors = [];
    for (const [name, hash, signal] of routes(lang)) {
      const page = await open(browser, lang, hash);
      await page.waitForSelector(signal);
      // Every entry of the contents in the language, none left in Kazakh.
      const contents = await page.$$eval('.toc li a > span', (ss) => ss.map((s) => s.lang));
      assert.ok(contents.length >= 3 && contents.every((l) => l === lang), `${name}: ${contents}`);
      const labels = await page.evaluate(labelsOnPage);
      assert.ok(labels.length > 10, `${name}: the page has labels`);
      for (const { text, where, lang: marked } of labels) {
        const string = (banned[marked] ?? banned[lang]).find(({ re }) => re.test(text));
        if (string) found.push(`${name}: «${string.s}» in «${text}» (${where})`);
        else if (KAZAKH_LETTERS.test(text)) found.push(`${name}: Kazakh letters in «${text}» (${where})`);
      }
      console.log(`${lang} ${name}: ${labels.length} labels checked`);
      // Closing a page cancels what it was still fetching (the search warms both
      // translations); nothing else may go wrong.
      await page.close();
      errors.push(...page.errors.filter((e) => !e.startsWith('request failed')).map((e) => `${name}: ${e}`));
    }
    assert.deepEqual(found, [], found.join('\n'));
    assert.deepEqual(errors, []);
  });
}

test('the check sees Kazakh: the same walk in Kazakh finds the Kazakh table', async (browser) => {
  await choose(browser, 'kk');
  const page = await open(browser, 'kk', '#/people');
  await page.waitForSelector('.person-entry');
  // In Kazakh the labels are not marked as Kazakh content, so the walk sees them.
  const labels = await page.evaluate(labelsOnPage);
  const banned = forbidden('ru');
  assert.ok(labels.some(({ text }) => banned.some(({ re }) => re.test(text))), 'a Kazakh string is found');
  assert.ok(labels.some(({ text }) => KAZAKH_LETTERS.test(text)), 'Kazakh letters are found');
  await page.close();
});
