// Cite: paragraph numbers in the margin, and the "Cite this" dialog for a
// paragraph and for the whole article: four styles with the paragraph's
// number, its URL and today's date, the inferred year shown with its reason,
// BibTeX/RIS/CSL-JSON files, and copy feedback that tells the truth.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteTest } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const citation = JSON.parse(readFileSync('data/citation.json', 'utf8'));
const paragraphs = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'));

// Citing.
const test = siteTest();

test('every paragraph shows its number, in the ids\' order', async (browser) => {
  const page = await browser.page();
  const numbers = await page.locator('.block').evaluateAll((blocks) => blocks.map((b) => [
    b.querySelector('p')?.id, b.querySelector('.pnum')?.textContent,
  ]));
  assert.equal(numbers.length, paragraphs.length);
  numbers.forEach(([id, label], i) => {
    assert.equal(id, paragraphs[i].id);
    assert.equal(label, `¶ ${i + 1}`);
  });
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('.block:has(#p12) .pnum'), 'printed too');
  await page.emulateMedia({ media: 'screen' });
});

test('a paragraph cited in four styles, with files for reference managers', async (browser) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await browser.page('#/p/p12');
  await page.locator('#p12').waitFor();
  await page.locator('.block:has(#p12) .cite-button').click();
  const dialog = page.locator('.cite-dialog');
  await dialog.locator('.citation').first().waitFor();
  const texts = await dialog.locator('.citation-text').allTextContents();
  assert.equal(texts.length, 5, 'ГОСТ, APA, Chicago note and bibliography, MLA');
  const url = `${browser.url}#/p/p12`;
  const now = new Date();
  for (const text of texts) {
    assert.ok(text.includes(article.meta.title), text);
    assert.ok(text.includes(url.replace(/^https?:\/\//, '')), `the paragraph's URL: ${text}`);
    assert.ok(/¶ 12|para?\. 12|Par\. 12/.test(text), `the paragraph's number: ${text}`);
    assert.ok(text.includes(String(now.getFullYear())), `the access date: ${text}`);
    assert.ok(/\[2019\?\]|ca\. 2019|c\. 2019/.test(text), `the year, marked inferred: ${text}`);
  }
  // The reason for the inferred year is shown (Kazakh interface).
  assert.ok((await dialog.locator('.cite-reasons').textContent()).includes(citation.year.reason.kk.slice(0, 40)));

  // Copy puts exactly that text on the clipboard, and says so.
  await dialog.locator('.copy-citation').first().click();
  await dialog.locator('.copy-status').waitFor();
  assert.ok(!(await dialog.locator('.copy-status').getAttribute('class')).includes('failed'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), texts[0]);

  // BibTeX, RIS and CSL-JSON as files made in the page.
  const files = await dialog.locator('.cite-files a').evaluateAll((as) => as.map((a) => [a.href, a.download]));
  assert.deepEqual(files.map(([, name]) => name.split('.').pop()), ['bib', 'ris', 'json']);
  assert.ok(files.every(([href]) => href.startsWith('blob:')));
  // Each link saves its file (the page's CSP keeps fetch() off blob: URLs; a download is not a fetch).
  const saved = [];
  for (let i = 0; i < files.length; i += 1) {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('.cite-files a').nth(i).click()]);
    assert.equal(download.suggestedFilename(), files[i][1]);
    saved.push(readFileSync(await download.path(), 'utf8'));
  }
  const [bib, risText, csl] = saved;
  assert.ok(bib.startsWith('@online{') && bib.includes(`url = {${url}}`), bib);
  assert.ok(risText.startsWith('TY  - ELEC') && risText.includes(`UR  - ${url}`), risText);
  const item = JSON.parse(csl)[0];
  assert.equal(item.URL, url);
  assert.equal(item.issued.circa, true);
  // Written by the page's JSON.stringify: the translated titles in their own field.
  assert.deepEqual(item.multi._keys.title, citation.translated_title);
  assert.ok(bib.includes(`titleaddon = {[${citation.translated_title.en}]}`), bib);
  assert.ok(risText.includes(`TT  - ${citation.translated_title.en}`), risText);
  const shown = await dialog.locator('.citation-text').allTextContents();
  assert.ok(shown.some((t) => t.includes(`${article.meta.title} [${citation.translated_title.en}]`)), 'APA: [English title]');
  assert.ok(shown.some((t) => t.includes(`${article.meta.title} = ${citation.translated_title.ru} /`)), 'ГОСТ: parallel title');

  await page.keyboard.press('Escape');
  // The platform fires `close` a task after Escape; the app removes the dialog then.
  await page.locator('.cite-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.cite-dialog').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the whole article cites without a paragraph; a refused copy says so', async (browser) => {
  const page = await browser.page();
  await page.locator('.cite-article').click();
  const dialog = page.locator('.cite-dialog');
  await dialog.locator('.citation').first().waitFor();
  const texts = await dialog.locator('.citation-text').allTextContents();
  for (const text of texts) {
    assert.ok(!/¶|para?\.|Par\./.test(text), text);
    assert.ok(text.includes(browser.url.replace(/^https?:\/\//, '')), text);
  }
  // A browser that refuses the write (no permission, a policy): no ✓.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await dialog.locator('.copy-citation').nth(1).click();
  const status = dialog.locator('.copy-status');
  await status.waitFor();
  assert.ok((await status.getAttribute('class')).includes('failed'));
  assert.ok(!(await status.textContent()).includes('✓'));
  await page.keyboard.press('Escape');
  await page.locator('.cite-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.cite-dialog').count(), 0, 'Escape closes the dialog');
  // The paragraph's copy-link button, which used to show ✓ whatever happened.
  await page.hover('#p5');
  await page.click('.block:has(#p5) .copy-link');
  await page.waitForSelector('.block:has(#p5) .copy-link:has-text("✗")');
  assert.equal(await page.locator('.block:has(#p5) .copy-link:has-text("✓")').count(), 0);
});

test('the dialog opens over the page: the reader stays at the paragraph', async (browser) => {
  const page = await browser.page('#/p/p12', { width: 390, height: 800 });
  await page.locator('#p12').waitFor();
  const before = await page.evaluate(() => scrollY);
  await page.locator('.block:has(#p12) .cite-button').click();
  const dialog = page.locator('.cite-dialog');
  await dialog.locator('.citation').first().waitFor();
  assert.equal(await page.evaluate(() => scrollY), before, 'the page did not move');
  // On screen, over the text, not at the foot of the page.
  const box = await dialog.boundingBox();
  assert.ok(box.y >= 0 && box.y < 800, JSON.stringify(box));
  // A modal <dialog>: in the top layer, fixed over the page.
  assert.ok(await dialog.evaluate((d) => d.matches('dialog:modal') && getComputedStyle(d).position === 'fixed'));
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => scrollY), before);
});
