// Every dialog (the shortcuts `?`, "Cite this", the note dialog) as a keyboard
// reader meets it: the platform's modal <dialog>, Tab pressed 20 times never
// leaves it, Escape closes it, and focus is back on the control that opened it.
// Then the keyboard's own way to a highlight: `h` on a paragraph, Enter, type.
import assert from 'node:assert/strict';
import { siteTest } from './browser.mjs';

const test = siteTest();

/** What has focus, for messages. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}#${el.id}.${el.className}` : '';
});

/** Marks the focused element as the opener, to find it again after the dialog. */
const markOpener = (page) => page.evaluate(() => {
  document.activeElement.dataset.opener = '';
  return document.activeElement !== document.body;
});

/**
 * Presses Tab 20 times in the open modal `dialog` (and Shift+Tab 5 times): focus is
 * always inside it. Returns how many distinct elements took focus.
 */
async function tabAround(page, name) {
  const dialog = page.locator('dialog[open]');
  assert.ok(await dialog.evaluate((d) => d.matches(':modal')), `${name}: shown with showModal()`);
  const seen = new Set();
  for (const [key, times] of [['Tab', 20], ['Shift+Tab', 5]]) {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      const where = await page.evaluate(() => {
        const d = document.querySelector('dialog[open]');
        const el = document.activeElement;
        return { inside: !!d && d.contains(el), what: el ? el.outerHTML.slice(0, 60) : '' };
      });
      assert.ok(where.inside, `${name}: ${key} ${i + 1} stays in the dialog, not on ${await focused(page)}`);
      seen.add(where.what);
    }
  }
  return seen.size;
}

/** Escape closes the dialog; focus is back on the opener. */
async function escapeToOpener(page, name) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-opener')),
    `${name}: focus is back on the opener, not on ${await focused(page)}`);
}

test('the ? dialog: Tab stays inside, Escape closes it, focus returns', async (browser) => {
  for (const width of [1280, 360]) {
    const page = await browser.page('#/section/s1', { width, height: 740 });
    // The reader is on the search box's neighbour, the site title link.
    await page.focus('.site-title');
    assert.ok(await markOpener(page));
    await page.keyboard.press('?');
    await page.waitForSelector('dialog[open]');
    const stops = await tabAround(page, `help at ${width}`);
    assert.ok(stops >= 1);
    await escapeToOpener(page, `help at ${width}`);
    // Its button closes it too, back to the same place.
    await page.keyboard.press('?');
    await page.waitForSelector('dialog[open]');
    await page.locator('dialog[open] button').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-opener')), 'after its button');
    await page.close();
  }
});

test('"Cite this": Tab stays inside, Escape closes it, focus returns to its button', async (browser) => {
  for (const width of [1280, 360]) {
    const page = await browser.page('#/p/p12', { width, height: 740 });
    await page.focus('.block:has(#p12) .cite-button');
    assert.ok(await markOpener(page));
    await page.keyboard.press('Enter');
    await page.locator('dialog.cite-dialog .citation').first().waitFor();
    const stops = await tabAround(page, `cite at ${width}`);
    assert.ok(stops >= 5, `the dialog's controls take focus in turn (${stops})`);
    await escapeToOpener(page, `cite at ${width}`);
    // The article's own Cite button, and the close button.
    await page.focus('.cite-article');
    await markOpener(page);
    await page.keyboard.press('Enter');
    await page.locator('dialog.cite-dialog .citation').first().waitFor();
    await page.locator('dialog.cite-dialog button.close').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'cite-article');
    await page.close();
  }
});

test('the keyboard highlights: h on a paragraph, Enter, a note, Enter; the note dialog keeps Tab inside', async (browser) => {
  const page = await browser.page('#/p/p30');
  // The link brought the paragraph into view and gave it focus.
  await page.waitForFunction(() => document.activeElement?.id === 'p30');
  await page.keyboard.press('h');
  await page.waitForFunction(() => document.activeElement?.classList.contains('highlight-button'));
  const text = await page.evaluate(() => document.getElementById('p30').textContent);
  assert.equal(await page.evaluate(() => getSelection().toString()), text, 'the whole paragraph is selected');
  await markOpener(page);
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.note-dialog');
  await dialog.locator('textarea').waitFor();
  assert.ok(await dialog.evaluate((d) => d.matches(':modal')));
  assert.ok(await dialog.locator('textarea').evaluate((t) => t === document.activeElement), 'the note field has focus');
  const stops = await tabAround(page, 'note');
  assert.ok(stops >= 3, `the dialog's controls take focus in turn (${stops})`);
  await escapeToOpener(page, 'note');
  // Again, to save: h on the bar (it is the paragraph's), Enter, the note typed,
  // Tab to Save, Enter.
  await page.keyboard.press('h');
  await page.waitForFunction((t) => getSelection().toString() === t, text);
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('highlight-button')));
  await page.keyboard.press('Enter');
  await dialog.locator('textarea').waitFor();
  await page.keyboard.type('Пернетақтамен ғана');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('save-note')));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  await page.waitForFunction(() => CSS.highlights.has('note-yellow'));
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('qazaq-reader.notes')));
  assert.equal(stored.notes.length, 1);
  assert.equal(stored.notes[0].block, 'p30');
  assert.equal(stored.notes[0].note, 'Пернетақтамен ғана');
  assert.equal(stored.notes[0].selector.exact.replace(/\s+/g, ' ').trim(), text.replace(/\s+/g, ' ').trim());
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('h outside a paragraph does nothing', async (browser) => {
  const page = await browser.page('#/people');
  await page.keyboard.press('h');
  assert.equal(await page.evaluate(() => getSelection().toString()), '');
  assert.equal(await page.locator('.quote-bar').count(), 0);
  await page.close();
});
