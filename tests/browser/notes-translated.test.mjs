// Quote links and highlights in a translation: a passage selected in the Russian or
// English column offers "Copy link to quote" and "Highlight"; the link carries the
// language and opens that passage marked in it, in a fresh profile; the highlight
// is drawn in the translation's text, kept over a reload and offline; the notes
// page lists highlights from every language, each tagged with it, whatever the
// interface's; notes stored before any language was recorded load as Kazakh.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, plainTest as test, ready, selectText } from './browser.mjs';

// Evaluated through the DevTools protocol, as in a11y.test.mjs.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function violations(page) {
  await page.evaluate(AXE);
  const { violations: found } = await page.evaluate(() => axe.run(document));
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

const KEY = 'qazaq-reader.notes';
const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const kazakh = (id) => article.sections.flatMap((s) => s.blocks).find((b) => b.id === id).text;
const translated = (lang, id) =>
  JSON.parse(readFileSync(`data/translations/${lang}.json`, 'utf8')).blocks[id];
/** Words 3..8 of a text: a passage inside it. */
const passage = (text) => text.split(' ').slice(3, 8).join(' ');
/** The element with paragraph `id`'s text in `lang` beside the Kazakh. */
const beside = (id, lang) => `#${id} + p.tr[lang="${lang}"]`;


/** Each drawn highlight of `colour`: its text and the language of the element it is in. */
const drawn = (page, colour) => page.evaluate((name) => {
  const h = CSS.highlights.get(name);
  return h ? [...h].map((r) => [r.toString(), r.startContainer.parentElement.closest('[lang]').lang]) : [];
}, `note-${colour}`);

for (const lang of ['ru', 'en']) {
  test(`${lang}: a quote link from the translation carries the language and opens the passage marked there`, async () => {
    const browser = await launch();
    const fresh = await launch();
    try {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const quote = passage(translated(lang, 'p20'));
      for (const [tr, css] of [[lang, beside('p20', lang)], [`${lang}-only`, `#p20 > span[lang="${lang}"]`]]) {
        const page = await browser.page(`#/p/p20?tr=${tr}`);
        await page.locator(css).waitFor();
        await selectText(page, css, quote);
        const button = page.locator('.copy-quote');
        await button.waitFor();
        // Right after the paragraph's text selected in: Tab from the selection reaches it.
        assert.ok(await button.evaluate((b, css) => b.closest('.quote-bar').previousElementSibling
          === document.querySelector(css).closest('p'), css));
        await button.click();
        await page.locator('.quote-bar.copied').waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        const hash = copied.slice(copied.indexOf('#'));
        assert.equal(new URLSearchParams(hash.split('?')[1]).get('tr'), tr, copied);
        assert.equal(new URLSearchParams(hash.split('?')[1]).get('quote'), quote, copied);

        // Another profile, cold: the passage is marked in the translation, not the Kazakh.
        const opened = await fresh.page(hash);
        const marks = opened.locator(`${css} mark.quote`);
        await marks.first().waitFor();
        assert.equal((await marks.allTextContents()).join(''), quote);
        // Beside the Kazakh, none in it; alone, the translation is inside #p20.
        assert.equal(await opened.locator('#p20 mark').count(), tr === lang ? 0 : await marks.count());
        assert.equal(await opened.locator('.quote-missing').count(), 0);
        assert.deepEqual([...page.errors, ...opened.errors], []);
        await page.close();
        await opened.close();
      }
    } finally {
      await browser.close();
      await fresh.close();
    }
  });

  test(`${lang}: a highlight in the translation is drawn there, over a reload and offline`, async () => {
    const sw = await launch({ serviceWorkers: 'allow' });
    try {
      const page = await sw.page(`#/p/p12?tr=${lang}`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      const css = beside('p12', lang);
      await page.locator(css).waitFor();
      const quote = passage(translated(lang, 'p12'));
      await selectText(page, css, quote);
      await page.locator('.highlight-button').click();
      const dialog = page.locator('.note-dialog');
      await dialog.waitFor();
      assert.equal(await dialog.locator('blockquote').getAttribute('lang'), lang);
      await dialog.locator('input[value="pink"]').check();
      await dialog.locator('.save-note').click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => CSS.highlights.has('note-pink'));
      assert.deepEqual(await drawn(page, 'pink'), [[quote, lang]]);
      const [note] = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).notes;
      assert.deepEqual([note.lang, note.block, note.selector.exact], [lang, 'p12', quote]);

      await page.reload();
      await ready(page);
      await page.waitForFunction(() => CSS.highlights.has('note-pink'));
      assert.deepEqual(await drawn(page, 'pink'), [[quote, lang]]);
      await sw.context.setOffline(true);
      try {
        await page.reload();
        await ready(page);
        await page.locator(css).waitFor();
        await page.waitForFunction(() => CSS.highlights.has('note-pink'));
        assert.deepEqual(await drawn(page, 'pink'), [[quote, lang]]);
        // Listed offline too, tagged with its language, found in its text.
        await page.goto(`${sw.url}#/notes`);
        const item = page.locator('.notes .note');
        await item.first().waitFor();
        assert.equal(await item.locator('.note-lang').getAttribute('lang'), lang);
        assert.equal(await item.locator('blockquote').textContent(), quote);
        assert.equal(await page.locator('.notes .detached').count(), 0);
      } finally {
        await sw.context.setOffline(false);
      }
    } finally {
      await sw.close();
    }
  });
}

/** A stored note on `exact` of paragraph `id` in `lang` (no `lang` field at all: `null`). */
const stored = (n, id, lang, exact) => ({
  id: `urn:uuid:${n}`, block: id, selector: { exact, prefix: '', suffix: '' },
  ...(lang ? { lang } : {}), colour: 'yellow', note: '',
  created: '2026-11-02T09:15:00.000Z', modified: '2026-11-02T09:15:00.000Z',
});

test('the notes page lists the highlights of every language, each tagged, in each interface language', async () => {
  const browser = await launch();
  try {
    const notes = [
      stored(1, 'p7', 'en', passage(translated('en', 'p7'))),
      stored(2, 'p7', 'ru', passage(translated('ru', 'p7'))),
      stored(3, 'p7', 'kk', passage(kazakh('p7'))),
    ];
    const first = await browser.page();
    await first.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify({ version: 1, notes })]);
    let page;
    for (const ui of ['kk', 'ru', 'en']) {
      await first.evaluate((l) => localStorage.setItem('qazaq-reader.lang', l), ui);
      await page?.close();
      page = await browser.page('#/notes');
      await page.waitForFunction((ui) => document.documentElement.lang === ui, ui);
      const item = page.locator('.notes .note');
      await item.nth(2).waitFor();
      // Reading order: the paragraph's Kazakh, then its translations.
      const tags = await item.locator('.note-lang').evaluateAll((els) =>
        els.map((e) => [e.lang, e.querySelector('[aria-hidden]').textContent, e.querySelector('.visually-hidden').textContent]));
      assert.deepEqual(tags, [['kk', 'KK', 'Қазақша'], ['ru', 'RU', 'Русский'], ['en', 'EN', 'English']], ui);
      const quotes = await item.locator('blockquote').evaluateAll((els) => els.map((e) => [e.lang, e.textContent]));
      assert.deepEqual(quotes, [notes[2], notes[1], notes[0]].map((n) => [n.lang, n.selector.exact]), ui);
      assert.equal(await page.locator('.notes .detached').count(), 0, ui);
      assert.deepEqual(await violations(page), [], ui);
    }
    // "Open" on the English one: the passage marked in the English column.
    await page.locator('.notes .note').nth(2).locator('.note-tools a').click();
    const marks = page.locator(`${beside('p7', 'en')} mark.quote`);
    await marks.first().waitFor();
    assert.equal((await marks.allTextContents()).join(''), notes[0].selector.exact);
    assert.match(page.url(), /[?&]tr=en(&|$)/);
    await page.waitForFunction(() => CSS.highlights.has('note-yellow'));
    const langs = (await drawn(page, 'yellow')).map(([, l]) => l).sort();
    assert.deepEqual(langs, ['en', 'kk']);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('notes stored before languages were recorded load as Kazakh, drawn and listed', async () => {
  const browser = await launch();
  try {
    const fixture = readFileSync('tests/fixtures/notes-v1.json', 'utf8');
    assert.ok(!fixture.includes('"lang"'));
    const first = await browser.page();
    await first.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, fixture]);
    const page = await browser.page('#/notes');
    const item = page.locator('.notes .note');
    await item.nth(1).waitFor();
    assert.deepEqual(await item.locator('.note-lang').evaluateAll((els) => els.map((e) => e.lang)), ['kk', 'kk']);
    assert.equal(await page.locator('.notes .detached').count(), 0);
    await page.goto(`${browser.url}#/p/p12`);
    await page.waitForFunction(() => CSS.highlights.has('note-yellow'));
    const exact = JSON.parse(fixture).notes[0].selector.exact;
    assert.deepEqual(await drawn(page, 'yellow'), [[exact, 'kk']]);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
