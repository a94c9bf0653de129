// Take it with you: the Download menu links the EPUB, text, Markdown and TEI
// files the build writes; the service worker keeps them for offline; the
// pre-rendered <head> carries the citation meta tags reference managers read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));

describe('downloads', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  test('the Download menu links four files that download and hold the article', async () => {
    const page = await browser.page();
    const summary = page.locator('.downloads summary');
    await summary.click();
    const links = page.locator('.downloads a');
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

  test('the service worker precaches every download', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    for (const ext of ['epub', 'txt', 'md', 'tei.xml']) {
      assert.match(sw, new RegExp(`"downloads/[\\w-]+\\.${ext.replace('.', '\\.')}"`), ext);
    }
  });

  test('the pre-rendered head carries the citation meta tags, no unstated date', async () => {
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
});
