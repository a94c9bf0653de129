// The editorial apparatus: "Show the repairs" marks every repaired place in the
// text, a mark opened by keyboard shows the source's reading and the kind, the
// choice is remembered across a reload (and applied before the app), print shows
// the readings, and #/about lists the kinds with their counts in each language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { idle, ready, siteTest } from './browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = JSON.parse(readFileSync('dist/article.json', 'utf8'));
const REPAIRS = ARTICLE.repairs;
// Each test has its own browser, profile and server.
const test = siteTest();
const textOf = (id) => ARTICLE.sections.flatMap((s) => s.blocks).find((b) => b.id === id).text;

async function switchOn(page) {
  await page.click('#show-repairs');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-repairs'));
}

test('the switch marks every repair and leaves the text as it was', async (browser) => {
  const page = await browser.page('', { width: 1280, height: 900 });
  assert.ok(REPAIRS.length > 0, 'the article records its repairs');
  const paragraphs = [...new Set(REPAIRS.map((r) => r.block).filter((b) => /^p\d+$/.test(b)))];
  const read = () => page.evaluate((ids) => ids.map((id) => document.getElementById(id).textContent), paragraphs);
  const before = await read();
  assert.deepEqual(before, paragraphs.map(textOf), 'the text is the editor\'s, word for word');
  assert.equal(await page.locator('.rep-note').first().isVisible(), false, 'no marks while off');
  assert.equal(await page.getAttribute('#show-repairs', 'aria-pressed'), 'false');

  await switchOn(page);
  assert.equal(await page.getAttribute('#show-repairs', 'aria-pressed'), 'true');
  const notes = page.locator('.rep-note');
  assert.equal(await notes.count(), REPAIRS.length);
  for (let i = 0; i < REPAIRS.length; i += 1) assert.ok(await notes.nth(i).isVisible(), `mark ${i} shows`);
  // The marked stretches read as the edition has them.
  const marked = await page.evaluate(() => [...document.querySelectorAll('article .block > p[id]')]
    .flatMap((p) => [...p.querySelectorAll('.rep')].map((s) => [p.id, s.dataset.kind, s.textContent])));
  const expected = REPAIRS.filter((r) => /^p\d+$/.test(r.block)).map((r) => {
    const bytes = new TextEncoder().encode(textOf(r.block));
    return [r.block, r.kind, new TextDecoder().decode(bytes.slice(r.start, r.end))];
  });
  assert.deepEqual(marked, expected);
  assert.deepEqual(await read(), before, 'the text is unchanged with the marks shown');

  await page.click('#show-repairs');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-repairs'));
  assert.equal(await notes.first().isVisible(), false, 'off again');
  assert.deepEqual(page.errors, []);
});

test('a mark opened from the keyboard shows the source reading and the kind', async (browser) => {
  const page = await browser.page('#/p/p2');
  await switchOn(page);
  const index = REPAIRS.findIndex((r) => r.block === 'p2' && r.kind === 'hyphen');
  assert.ok(index >= 0, 'p2 has a word joined across pages');
  const note = page.locator(`button.rep-note[popovertarget="rep-${index}"]`);
  assert.match(await note.getAttribute('aria-label'), /Тасымал сызықшасы алынды/);
  await note.focus();
  await page.keyboard.press('Enter');
  const pop = page.locator(`#rep-${index}`);
  await page.waitForFunction((id) => document.getElementById(id).matches(':popover-open'), `rep-${index}`);
  const shown = await pop.innerText();
  assert.match(shown, /Тасымал сызықшасы алынды/, 'the kind');
  const source = REPAIRS[index].orig.split('\n');
  assert.deepEqual(await pop.locator('.rep-orig').allTextContents(), source, 'the source, line by line');
  assert.equal(await pop.locator('.rep-nl').count(), source.length - 1, 'its line ends drawn');
  assert.equal(await pop.locator('.rep-reg').textContent(), 'Албаниясы');
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => !document.getElementById(id).matches(':popover-open'), `rep-${index}`);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'rep-note');
  assert.deepEqual(page.errors, []);
});

test('the choice is remembered across a reload, before the app runs, and prints', async (browser) => {
  const page = await browser.page();
  await switchOn(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('qazaq-reader.repairs')), 'on');
  await page.reload({ waitUntil: 'domcontentloaded' });
  // prefs.js, before the Wasm: the marks show on the pre-rendered page.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? null), null);
  assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-repairs')));
  // A mark tapped before the app runs opens, and stays open once the app is here.
  await page.locator('#p2 .rep-note').click();
  assert.ok(await page.evaluate(() => document.querySelector('.rep-pop:popover-open') !== null));
  await ready(page);
  assert.equal(await page.getAttribute('#show-repairs', 'aria-pressed'), 'true');
  // What was tapped early is replayed a task after the app is ready: past it once the page is idle.
  await idle(page);
  assert.ok(await page.evaluate(() => document.querySelector('.rep-pop:popover-open') !== null), 'still open');
  await page.keyboard.press('Escape');

  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const note = document.querySelector('#p2 .rep-note');
    return [getComputedStyle(note, '::before').content, getComputedStyle(note).display];
  });
  const orig = REPAIRS.find((r) => r.block === 'p2').orig.replaceAll('\n', '↵');
  assert.deepEqual(printed, [`"[${orig}]"`, 'inline-block']);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(page.errors, []);
});

test('About this edition lists every kind with its count, in each language, with no axe violations', async (browser) => {
  const page = await browser.page('#/about');
  const link = page.locator('.indexes a[href="about.html"]');
  assert.equal(await link.count(), 1, 'the menu links it');
  const counts = {};
  for (const r of REPAIRS) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  const kinds = ['hyphen', 'joined', 'break', 'spacing', 'page', 'encoding'];
  for (const [lang, title] of [['kk', 'Басылым туралы'], ['ru', 'Об этом издании'], ['en', 'About this edition']]) {
    await page.evaluate((l) => localStorage.setItem('qazaq-reader.lang', l), lang);
    await page.reload();
    await ready(page);
    await page.waitForSelector('.about-edition .repair-counts');
    assert.equal(await page.locator('.about-edition h1').textContent(), title);
    const rows = await page.$$eval('.repair-counts tbody tr', (trs) => trs.map((tr) => [
      tr.dataset.kind, Number(tr.querySelector('.count').textContent), tr.querySelector('th').textContent,
    ]));
    assert.deepEqual(rows.map(([k, n]) => [k, n]), kinds.map((k) => [k, counts[k] ?? 0]));
    assert.equal(new Set(rows.map(([, , name]) => name)).size, kinds.length, 'each kind named');
    const total = await page.textContent('.repair-counts tfoot .count');
    assert.equal(Number(total), REPAIRS.length);
    assert.ok((await page.locator('.not-changed li').count()) >= 3, 'what was not changed');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(AXE);
      const { violations } = await page.evaluate(() => axe.run(document));
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `${lang} ${colorScheme}`);
    }
  }
  assert.deepEqual(page.errors, []);
});

test('the reader with the repairs shown has no axe violations, and a mark open neither', async (browser) => {
  const page = await browser.page('', { width: 360, height: 740 });
  await page.evaluate(() => localStorage.setItem('qazaq-reader.repairs', 'on'));
  await page.reload();
  await ready(page);
  await page.locator('#p2 .rep-note').click();
  await page.waitForSelector('.rep-pop:popover-open');
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(AXE);
    const { violations } = await page.evaluate(() => axe.run(document));
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`), [], colorScheme);
  }
});
