// Take it with you: the Download menu links the EPUB, text, Markdown and TEI
// files the build writes, in Kazakh, Russian and English, and the parallel
// books; the service worker keeps them for offline; the pre-rendered <head>
// carries the citation meta tags reference managers read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { plainTest, siteTest } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const translations = {
  ru: JSON.parse(readFileSync('data/translations/ru.json', 'utf8')),
  en: JSON.parse(readFileSync('data/translations/en.json', 'utf8')),
};
// What the menu says in each interface language (src/view/strings.rs), and
// what a translated file says of itself (src/core/export/edition.rs).
const MENU = {
  ru: {
    groups: ['Казахский — оригинал', 'Русский — неофициальный рабочий перевод', 'Английский — неофициальный рабочий перевод'],
    text: 'Текст (UTF-8)',
    parallel: 'EPUB 3: казахский текст и перевод рядом',
  },
  en: {
    groups: ['Kazakh — the original', 'Russian — unofficial working translation', 'English — unofficial working translation'],
    text: 'Plain text (UTF-8)',
    parallel: 'EPUB 3: the Kazakh and the translation side by side',
  },
};
const NOTICE = { ru: 'Неофициальный рабочий перевод', en: 'Unofficial working translation' };
// Letters of Kazakh that Russian and English never use.
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

const test = siteTest();

test('the Download menu links four files that download and hold the article', async (browser) => {
  const page = await browser.page();
  const summary = page.locator('.downloads > summary');
  await summary.click();
  // A Kazakh reader's menu opens on the Kazakh files.
  const open = page.locator('.downloads-edition[open]');
  assert.equal(await open.count(), 1);
  assert.equal(await open.getAttribute('data-lang'), 'kk');
  const links = open.locator('a');
  assert.equal(await links.count(), 4);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const ext of ['.epub', '.txt', '.md', '.tei.xml']) {
    assert.ok(hrefs.some((h) => h.startsWith('downloads/') && h.endsWith(ext)), `a ${ext} link`);
  }
  // Clicking a link saves the file under its name.
  const [download] = await Promise.all([page.waitForEvent('download'), links.nth(1).click()]);
  assert.equal(download.suggestedFilename(), hrefs[1].slice('downloads/'.length));

  for (const href of hrefs) {
    const { status, head, text } = await page.evaluate(async (h) => {
      const r = await fetch(h);
      const bytes = new Uint8Array(await r.arrayBuffer());
      return {
        status: r.status,
        head: Array.from(bytes.slice(0, 4)),
        text: new TextDecoder().decode(bytes),
      };
    }, href);
    assert.equal(status, 200, href);
    if (href.endsWith('.epub')) {
      assert.deepEqual(head, [0x50, 0x4b, 0x03, 0x04], 'a zip');
      assert.ok(text.includes('mimetypeapplication/epub+zip'), 'mimetype first, stored');
    } else {
      assert.ok(text.includes(article.meta.title.split(' ')[0]), `${href} holds the title`);
      // TEI marks names and dates inside the text: compare without the tags.
      const plain = text.replace(/<[^>]+>/g, '');
      assert.ok(plain.includes(article.sections[2].blocks[0].text.slice(0, 40)), `${href} holds the text`);
    }
  }
  assert.deepEqual(page.errors, []);
});

plainTest('the service worker precaches every download, in every language', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  for (const lang of ['', '.ru', '.en']) {
    for (const ext of ['epub', 'txt', 'md', 'tei.xml']) {
      assert.ok(sw.includes(`"downloads/azerbaijan-kazakhstan${lang}.${ext}"`), `${lang} ${ext}`);
    }
  }
  for (const pair of ['kk-ru', 'kk-en']) {
    assert.ok(sw.includes(`"downloads/azerbaijan-kazakhstan.${pair}.epub"`), pair);
  }
});


for (const lang of ['ru', 'en']) {
  test(`${lang}: the menu opens on the ${lang} files, says everything in ${lang}, and each file is there`, async (browser) => {
    const page = await browser.inLanguage(lang);
    await page.locator('.downloads > summary').click();
    const groups = page.locator('.downloads-edition');
    assert.deepEqual(
      await groups.locator('summary').allTextContents(),
      MENU[lang].groups,
      'each language\'s files, headed in the interface language',
    );
    const open = page.locator('.downloads-edition[open]');
    assert.equal(await open.count(), 1);
    assert.equal(await open.getAttribute('data-lang'), lang, 'open on the interface language');
    const menu = (await page.locator('.downloads').innerText()).trim();
    assert.doesNotMatch(menu, KAZAKH_LETTERS, `no Kazakh in the ${lang} menu: ${menu}`);

    const links = open.locator('a');
    const offered = await links.evaluateAll((as) => as.map((a) => ({
      href: a.getAttribute('href'), text: a.textContent.trim(), hreflang: a.getAttribute('hreflang'),
      download: a.getAttribute('download'),
    })));
    assert.deepEqual(offered.map((o) => o.text), ['EPUB 3', MENU[lang].text, 'Markdown', 'TEI P5 XML', MENU[lang].parallel]);
    assert.deepEqual(offered.map((o) => o.href), [
      `downloads/azerbaijan-kazakhstan.${lang}.epub`,
      `downloads/azerbaijan-kazakhstan.${lang}.txt`,
      `downloads/azerbaijan-kazakhstan.${lang}.md`,
      `downloads/azerbaijan-kazakhstan.${lang}.tei.xml`,
      `downloads/azerbaijan-kazakhstan.kk-${lang}.epub`,
    ]);
    assert.deepEqual(offered.map((o) => o.hreflang), [lang, lang, lang, lang, 'kk']);
    const tr = translations[lang];
    for (const { href, download } of offered) {
      assert.equal(download, href.slice('downloads/'.length));
      const { status, head, text } = await page.evaluate(async (h) => {
        const r = await fetch(h);
        const bytes = new Uint8Array(await r.arrayBuffer());
        return { status: r.status, head: Array.from(bytes.slice(0, 4)), text: new TextDecoder().decode(bytes) };
      }, href);
      assert.equal(status, 200, href);
      if (href.endsWith('.epub')) {
        assert.deepEqual(head, [0x50, 0x4b, 0x03, 0x04], `${href} is a zip`);
        assert.ok(text.includes('mimetypeapplication/epub+zip'), `${href}: mimetype first, stored`);
      } else {
        assert.ok(text.includes(tr.meta.title), `${href} is titled in ${lang}`);
        assert.ok(text.includes(NOTICE[lang]), `${href} says it is an unofficial working translation`);
        // As written: XML's entities and Markdown's escapes undone.
        const plain = text
          .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&').replace(/\\([\\`*_[\]<>#|~])/g, '$1');
        assert.ok(plain.includes(tr.blocks.p12), `${href} holds ¶ 12 in ${lang}`);
        if (href.endsWith('.tei.xml')) assert.ok(text.includes(`xml:lang="${lang}"`), 'TEI in its language');
      }
    }
    // A click saves the file under its name.
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(1).click()]);
    assert.equal(download.suggestedFilename(), `azerbaijan-kazakhstan.${lang}.txt`);
    assert.deepEqual(page.errors, []);
  });
}

test('the menu opens on the translation being read, whatever the interface', async (browser) => {
  const page = await browser.inLanguage('ru', '#/p/p12?tr=en');
  await page.locator('.downloads > summary').click();
  const open = page.locator('.downloads-edition[open]');
  await page.waitForFunction(() => document.querySelector('.downloads-edition[open]')?.dataset.lang === 'en');
  assert.equal(await open.count(), 1);
  assert.equal(await open.locator('summary').textContent(), MENU.ru.groups[2], 'labelled in the interface language');
});

test('the pre-rendered head carries the citation meta tags, no unstated date', async (browser) => {
  const page = await browser.page();
  const html = await page.evaluate(async () => (await fetch('./')).text());
  const meta = (name) => html.match(new RegExp(`<meta name="${name}" content="([^"]*)">`))?.[1];
  assert.equal(meta('citation_title'), article.meta.title);
  assert.equal(meta('citation_author'), 'Mammadov, Rashad');
  assert.equal(meta('citation_language'), 'kk');
  assert.match(meta('citation_public_url') ?? '', /^https?:\/\/.+\/$/);
  assert.equal(meta('citation_publication_date'), undefined);
  assert.equal(meta('citation_date'), undefined);
  // Inside <head>, where Zotero reads them.
  assert.ok(html.indexOf('citation_title') < html.indexOf('</head>'));
});
