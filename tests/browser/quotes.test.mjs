// Quote links: `#/p/<id>?quote=…` opens the paragraph with exactly that passage
// marked (whatever its case and spacing), says so when the passage is gone, and
// a selection in a paragraph offers "Copy link to quote", which reports only
// what the clipboard did.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ready, selectText, siteTest } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const text = (id) => article.sections.flatMap((s) => s.blocks).find((b) => b.id === id).text;

const test = siteTest();

/** Words 3..9 of a paragraph: a passage in the middle of it. */
const passage = (id) => text(id).split(/\s+/).slice(3, 9).join(' ');

test('a quote link marks exactly its passage, whatever the case and spacing', async (browser) => {
  const quote = passage('p12');
  // Upper case and a line break with spaces: the reader's copy of it.
  const messy = quote.toUpperCase().replace(' ', ' \n  ');
  const page = await browser.page(`#/p/p12?quote=${encodeURIComponent(messy)}`);
  const mark = page.locator('#p12 mark.quote');
  await mark.first().waitFor();
  const marked = (await mark.allTextContents()).join('');
  assert.equal(marked, quote);
  assert.ok(await page.locator('#p12').evaluate((p) => p.classList.contains('marked')));
  assert.equal(await page.locator('.quote-missing').count(), 0);
  // Markup in a quote is text: nothing is injected.
  await page.goto(`${browser.url}#/p/p12?quote=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await page.locator('.quote-missing').waitFor();
  assert.equal(await page.locator('article img').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a passage no longer found is said so, in the reader\'s language', async (browser) => {
  const page = await browser.page('#/p/p12?quote=' + encodeURIComponent('мұндай сөз жоқ мәтінде'));
  const notice = page.locator('.quote-missing');
  await notice.waitFor();
  assert.match(await notice.textContent(), /табылмады/);
  assert.equal(await page.locator('mark.quote').count(), 0);
  // The paragraph is still shown and marked.
  assert.ok(await page.locator('#p12').evaluate((p) => p.classList.contains('marked')));
  await page.evaluate(() => localStorage.setItem('qazaq-reader.lang', 'en'));
  await page.reload();
  await ready(page);
  await page.locator('.quote-missing').waitFor();
  assert.match(await page.locator('.quote-missing').textContent(), /no longer found/);
  await page.evaluate(() => localStorage.removeItem('qazaq-reader.lang'));
});


test('"Copy link to quote" copies a link that opens the passage; a refused copy says so', async (browser) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await browser.page('#/p/p20');
  const quote = 'Әзербайжан';
  const id = await page.evaluate((q) => [...document.querySelectorAll('article .block > p[id^="p"]')]
    .find((p) => p.textContent.includes(q) && !p.querySelector('a')?.textContent.includes(q))?.id, quote);
  assert.ok(id, 'a paragraph with the word');
  const button = page.locator('.copy-quote');
  assert.equal(await button.count(), 0, 'nothing offered without a selection');
  await selectText(page, `#${id}`, quote);
  await button.waitFor();
  // Right after the paragraph: Tab from the selection reaches it.
  assert.ok(await button.evaluate((b, id) => b.closest('.quote-bar').previousElementSibling.id === id, id));
  await button.click();
  await page.locator('.quote-bar.copied').waitFor();
  assert.match(await page.locator('.quote-status').textContent(), /көшірілді/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.endsWith(`#/p/${id}?quote=${encodeURIComponent(quote)}`), copied);
  // The selection survives the click.
  assert.equal(await page.evaluate(() => getSelection().toString()), quote);

  // The link opens the passage.
  const opened = await browser.page(copied.slice(browser.url.length));
  await opened.locator(`#${id} mark.quote`).first().waitFor();
  assert.equal((await opened.locator(`#${id} mark.quote`).allTextContents()).join(''), quote);

  // Keyboard: the button is focusable and works from Enter.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await selectText(page, `#${id}`, quote.slice(0, 5));
  await page.locator('.quote-bar:not(.copied)').waitFor();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('.quote-bar.failed').waitFor();
  const status = await page.locator('.quote-status').textContent();
  assert.ok(!/көшірілді/.test(status) && status.length > 0, status);

  // A selection across two paragraphs offers nothing.
  await page.evaluate(() => {
    document.activeElement.blur();
    const range = document.createRange();
    range.setStart(document.getElementById('p11'), 0);
    range.setEnd(document.getElementById('p12'), 1);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.locator('.copy-quote').waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
});
