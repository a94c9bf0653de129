// Highlights and notes: made from a selection, drawn over the text, kept on the
// device across a reload, listed at #/notes (filter, edit, delete and undo,
// open in the text), exported and imported into a fresh profile, a changed
// passage listed as detached, and storage that throws said so with nothing lost.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { idle, launch, ready, siteTest } from './browser.mjs';

const KEY = 'qazaq-reader.notes';

const test = siteTest();

/** Selects 30 chars inside the first long text node of paragraph `id`; returns them. */
function select(page, id) {
  return page.evaluate((id) => {
    const walker = document.createTreeWalker(document.getElementById(id), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.length < 60) continue;
      const range = document.createRange();
      range.setStart(node, 10);
      range.setEnd(node, 40);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return range.toString();
    }
    throw new Error('no long text node');
  }, id);
}

/** Highlights the selection in `colour` with `note`, through the dialog. */
async function highlight(page, colour, note) {
  await page.locator('.highlight-button').click();
  const dialog = page.locator('.note-dialog');
  await dialog.waitFor();
  await dialog.locator(`input[value="${colour}"]`).check();
  await dialog.locator('textarea').fill(note);
  await dialog.locator('.save-note').click();
}

/** The text under each drawn highlight of `colour`. */
const drawn = (page, colour) => page.evaluate((name) => {
  const h = CSS.highlights.get(name);
  return h ? [...h].map((r) => r.toString()) : [];
}, `note-${colour}`);

/**
 * This test's profile with one highlight, green with the note "Маңызды жер", on a
 * passage of ¶ 12, made as a reader makes it; the page it was made on, at #/p/p12.
 */
async function withNote(browser) {
  const page = await browser.page('#/p/p12');
  await select(page, 'p12');
  await highlight(page, 'green', 'Маңызды жер');
  await page.locator('.note-dialog').waitFor({ state: 'detached' });
  await page.waitForFunction(() => CSS.highlights.has('note-green'));
  return page;
}

/**
 * Stores a second highlight, a copy of the first on words the text does not have
 * (as an older edition's note would be); a page opened after it lists both.
 */
const addDetached = (page) => page.evaluate((k) => {
  const stored = JSON.parse(localStorage.getItem(k));
  stored.notes.push({ ...stored.notes[0], id: 'urn:uuid:gone', selector: { exact: 'бұл сөздер мәтінде жоқ', prefix: '', suffix: '' } });
  localStorage.setItem(k, JSON.stringify(stored));
}, KEY);

test('a highlight is made, drawn, kept over a reload, edited, deleted and undone', async (browser) => {
  const page = await browser.page('#/p/p12');
  const passage = await select(page, 'p12');
  await highlight(page, 'green', 'Маңызды жер');
  await page.locator('.note-dialog').waitFor({ state: 'detached' });
  await page.waitForFunction(() => CSS.highlights.has('note-green'));
  assert.deepEqual(await drawn(page, 'green'), [passage]);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.notes.length, 1);
  assert.equal(stored.notes[0].selector.exact, passage);

  await page.reload();
  await ready(page);
  await page.waitForFunction(() => CSS.highlights.has('note-green'));
  assert.deepEqual(await drawn(page, 'green'), [passage]);

  await page.goto(`${browser.url}#/notes`);
  const item = page.locator('.notes .note');
  await item.first().waitFor();
  assert.equal(await item.count(), 1);
  assert.equal(await item.locator('blockquote').textContent(), passage);
  assert.equal(await item.locator('.note-text').textContent(), 'Маңызды жер');
  // Filter by colour.
  await page.locator('.filter.pink').click();
  await item.first().waitFor({ state: 'detached' });
  await page.locator('.filters .filter').first().click();
  await item.first().waitFor();
  // Edit the note.
  await item.locator('.edit-note').click();
  await page.locator('.note-editor textarea').fill('Өзгертілген');
  await page.locator('.note-editor .save-note').click();
  await page.locator('.note-text', { hasText: 'Өзгертілген' }).waitFor();
  // Delete, then undo.
  await item.locator('.delete-note').click();
  await page.locator('.undo-delete').waitFor();
  assert.equal(await item.count(), 0);
  assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).notes.length, 0);
  await page.locator('.undo-delete').click();
  await item.first().waitFor();
  assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).notes[0].note, 'Өзгертілген');
  // Open it in the text: the passage is marked.
  await item.locator('a').click();
  await page.locator('#p12 mark.quote').first().waitFor();
  assert.equal((await page.locator('#p12 mark.quote').allTextContents()).join(''), passage);
  assert.deepEqual(page.errors, []);
});

test('exported notes import into a fresh profile as the same notes, once', async (browser) => {
  const page = await withNote(browser);
  await page.goto(`${browser.url}#/notes`);
  await page.locator('.notes .note').first().waitFor();
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('.export-json').click()]);
  const file = await json.path();
  const collection = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  const [annotation] = collection.first.items;
  assert.equal(annotation.target.selector.type, 'TextQuoteSelector');
  assert.ok(annotation.target.source.endsWith('#/p/p12'));
  const [md] = await Promise.all([page.waitForEvent('download'), page.locator('.export-md').click()]);
  const markdown = readFileSync(await md.path(), 'utf8');
  assert.ok(markdown.includes(`> ${annotation.target.selector.exact}`), markdown);
  assert.match(markdown, /#\/p\/p12\?quote=/);

  const fresh = await launch();
  try {
    const other = await fresh.page('#/notes');
    await other.locator('.notes-page').waitFor();
    await other.locator('input[type=file]').setInputFiles(file);
    await other.locator('.import-status', { hasText: '1' }).waitFor();
    const notes = JSON.parse(await other.evaluate((k) => localStorage.getItem(k), KEY)).notes;
    const mine = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).notes;
    assert.deepEqual(notes, mine);
    // Again: merged, nothing doubled.
    await other.locator('input[type=file]').setInputFiles([]);
    await other.locator('input[type=file]').setInputFiles(file);
    await other.locator('.import-status', { hasText: ': 0' }).waitFor();
    assert.equal(await other.locator('.notes .note').count(), 1);
  } finally {
    await fresh.close();
  }
});

test('a highlight whose passage is gone is listed as detached', async (browser) => {
  await addDetached(await withNote(browser));
  // Opened afresh: the list is read from storage as a later visit reads it.
  const page = await browser.page('#/notes');
  await page.locator('.notes .note.detached').waitFor();
  assert.equal(await page.locator('.notes .note').count(), 2);
  assert.match(await page.locator('.note.detached .detached-label').textContent(), /Ажыраған/);
});

test('storage that throws says so, and the highlight stays in the page', async (browser) => {
  const page = await browser.context.newPage();
  await page.addInitScript((k) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === k) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  }, KEY);
  await page.goto(`${browser.url}#/p/p20`);
  await ready(page);
  const passage = await select(page, 'p20');
  await highlight(page, 'pink', '');
  await page.locator('.note-dialog .unsaved').waitFor();
  await page.waitForFunction(() => CSS.highlights.has('note-pink'));
  assert.deepEqual(await drawn(page, 'pink'), [passage]);
  await page.keyboard.press('Escape');
  await page.evaluate(() => { location.hash = '#/notes'; });
  await page.locator('.notes-page .unsaved').waitFor();
  assert.ok(await page.locator('.notes .note blockquote', { hasText: passage }).count() === 1);
  await page.close();
});

test('the note dialog opens over the page: highlighting keeps the reader\'s place', async (browser) => {
  const page = await browser.page('#/p/p12', { width: 390, height: 800 });
  await select(page, 'p12');
  const before = await page.evaluate(() => scrollY);
  await page.locator('.highlight-button').click();
  await page.locator('.note-dialog').waitFor();
  assert.equal(await page.evaluate(() => scrollY), before, 'opening it did not move the page');
  await page.locator('.note-dialog .save-note').click();
  await page.locator('.note-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => scrollY), before, 'saving did not move the page');
  await page.close();
});

test('from the keyboard, and another tab\'s changes appear', async (browser) => {
  const list = await withNote(browser);
  await list.goto(`${browser.url}#/notes`);
  await list.locator('.notes .note').first().waitFor();
  const before = await list.locator('.notes .note').count();
  const page = await browser.page('#/p/p30');
  const passage = await select(page, 'p30');
  await page.locator('.highlight-button').focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('.note-dialog');
  await dialog.locator('textarea').waitFor();
  assert.ok(await dialog.locator('textarea').evaluate((t) => t === document.activeElement), 'the note field has focus');
  await page.keyboard.type('Пернетақтадан');
  await dialog.locator('.save-note').focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => CSS.highlights.has('note-yellow'));
  assert.deepEqual(await drawn(page, 'yellow'), [passage]);
  // The list open in the other tab shows it, by the storage event.
  await list.locator('.note-text', { hasText: 'Пернетақтадан' }).waitFor();
  assert.equal(await list.locator('.notes .note').count(), before + 1);
});

// Evaluated through the DevTools protocol, as in a11y.test.mjs.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page) {
  await page.evaluate(AXE);
  const { violations: found } = await page.evaluate(() => axe.run(document));
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`the notes page, the dialog, the selection bar and the missing-quote notice, ${colorScheme}: no axe violations`, async (browser) => {
    await addDetached(await withNote(browser));
    const page = await browser.page('#/notes');
    await page.emulateMedia({ colorScheme });
    await page.locator('.notes .note.detached').waitFor();
    assert.deepEqual(await violations(page), [], 'notes page');
    await page.goto(`${browser.url}#/p/p12?quote=${encodeURIComponent('жоқ сөздер')}`);
    await page.locator('.quote-missing').waitFor();
    await select(page, 'p12');
    await page.locator('.quote-bar').waitFor();
    assert.deepEqual(await violations(page), [], 'selection bar and notice');
    await page.locator('.highlight-button').click();
    await page.locator('.note-dialog textarea').waitFor();
    assert.deepEqual(await violations(page), [], 'dialog');
  });
}

test('highlights are printed only when the reader asks', async (browser) => {
  const page = await withNote(browser);
  await page.goto(`${browser.url}#/notes`);
  const box = page.locator('.print-notes input');
  await box.waitFor();
  assert.equal(await box.isChecked(), false);
  const asked = () => page.evaluate(() => document.documentElement.hasAttribute('data-print-notes'));
  assert.equal(await asked(), false);
  await box.check();
  assert.equal(await asked(), true);
  // Kept: set again when the highlights are drawn after a reload.
  await page.goto(`${browser.url}#/p/p12`);
  // The route drawn before the reload: one sent while the app writes the new
  // history entry can reload the address before the hash (see browser.inLanguage).
  await page.locator('#p12.marked').waitFor();
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-print-notes'));
  await page.goto(`${browser.url}#/notes`);
  await page.locator('.print-notes input').uncheck();
  assert.equal(await asked(), false);
});

test('offline after one visit: highlights are drawn, listed and deleted', async (browser) => {
  const sw = await launch({ serviceWorkers: 'allow' });
  try {
    const page = await sw.page('#/p/p40');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    const passage = await select(page, 'p40');
    await highlight(page, 'yellow', 'Желісіз');
    await page.waitForFunction(() => CSS.highlights.has('note-yellow'));
    await sw.context.setOffline(true);
    try {
      await page.reload();
      await ready(page);
      await page.waitForFunction(() => CSS.highlights.has('note-yellow'));
      assert.deepEqual(await drawn(page, 'yellow'), [passage]);
      await page.goto(`${sw.url}#/notes`);
      await page.locator('.notes .note', { hasText: 'Желісіз' }).waitFor();
      await page.locator('.notes .note .delete-note').click();
      await page.locator('.undo-delete').waitFor();
      assert.equal(await page.locator('.notes .note').count(), 0);
      assert.deepEqual(page.errors, []);
    } finally {
      await sw.context.setOffline(false);
    }
  } finally {
    await sw.close();
  }
});

test('a list emptied of notes does not load the notes\' module at start; a list with one does', async (browser) => {
  const page = await browser.page('#/p/p12');
  await select(page, 'p12');
  await highlight(page, 'green', '');
  await page.locator('.note-dialog').waitFor({ state: 'detached' });
  await page.waitForFunction(() => CSS.highlights.has('note-green'));
  const one = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.equal(JSON.parse(one).notes.length, 1);
  // Fetched or taken from the cache, the module shows in the page's resources.
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('extras_bg.wasm')));
  for (const [stored, loads] of [[JSON.stringify({ version: 1, notes: [] }), false], [null, false], [one, true]]) {
    await page.evaluate(([k, v]) => (v === null ? localStorage.removeItem(k) : localStorage.setItem(k, v)), [KEY, stored]);
    await page.goto(`${browser.url}#/`);
    await page.reload();
    await ready(page);
    // Drawn, or the page idle with nothing to draw: by then the module would have been asked for.
    await (loads ? page.waitForFunction(() => CSS.highlights.has('note-green')) : idle(page));
    assert.equal(await loaded(), loads, String(stored));
  }
  await page.close();
});
