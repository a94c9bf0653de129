// A change of page as a screen reader meets it, read from the accessibility
// tree (Chromium's, through the DevTools protocol, and Playwright's ARIA
// snapshot), not from classes: focus on the new page's heading, its title said
// once through the one polite live region, the tab's title changed. Then
// aria-current on the page and the section, and a cleared search back at the
// paragraph the reader was at.
import assert from 'node:assert/strict';
import { hold, LIVE, siteTest } from './browser.mjs';

const test = siteTest();

/** The focused node of Chromium's accessibility tree: its role and name. */
async function focusedNode(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  // The document is focused too: the node that holds the focus inside it.
  const node = nodes.find((n) => n.role?.value !== 'RootWebArea'
    && n.properties?.some((p) => p.name === 'focused' && p.value.value));
  return node && { role: node.role?.value, name: node.name?.value };
}

/** Polite live regions in the accessibility tree (role status, or aria-live=polite). */
const liveRegions = (page) => page.evaluate(() => [...document.querySelectorAll('[role=status], [aria-live=polite]')]
  .filter((e) => e.id === 'page-status').length);

/** Follows the link `selector` from the keyboard: focus, Enter. */
async function follow(page, selector) {
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

/** Waits until the page `heading` is arrived at: said, focused, in the title. */
async function arrived(page, heading, what) {
  const status = page.locator('#page-status');
  await page.waitForFunction((h) => document.getElementById('page-status')?.textContent.trim() === h, heading);
  const snapshot = (await status.ariaSnapshot()).trim();
  assert.match(snapshot, /^- status: /, `${what}: a status region`);
  // YAML quotes a name with a colon in it.
  assert.equal(snapshot.replace(/^- status: /, '').replace(/^"(.*)"$/, '$1'), heading, `${what}: the live region says it`);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.deepEqual(await focusedNode(page), { role: 'heading', name: heading }, `${what}: focus on the heading`);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('tabindex')), '-1');
  const title = await page.title();
  assert.ok(title.startsWith(`${heading} — `), `${what}: the tab's title "${title}"`);
}

test('each new page: focus on its h1, its title said and in the tab', async (browser) => {
  const page = await browser.page();
  const site = await page.title();
  assert.equal(await page.locator('#page-status').textContent(), '', 'nothing said at the start');
  assert.equal(await liveRegions(page), 1);

  await follow(page, '.topbar-link[href="people.html"]');
  const people = (await page.locator('main h1').textContent()).trim();
  await arrived(page, people, 'people');

  // A person, from the list (the second module is not needed for it).
  await follow(page, 'main a[href="person-heydar-aliyev.html"]');
  await page.waitForSelector('.person-page');
  await arrived(page, (await page.locator('main h1').textContent()).trim(), 'a person');

  // The map: the second module, its heading drawn once it has loaded.
  // Its pre-rendered copy shows first (its own test is below); the live page is checked here.
  await follow(page, '.indexes a[href="map.html"]');
  await page.waitForSelector(`${LIVE} svg.map`);
  await arrived(page, (await page.locator('main h1').textContent()).trim(), 'the map');

  // Search results reached by a link (not by typing).
  await page.evaluate(() => { location.hash = '#/search?q=Баку'; });
  await page.waitForSelector('.results a.result');
  await arrived(page, (await page.locator('main h1').textContent()).trim(), 'search results');

  // Back to the article: its title alone.
  await follow(page, '.site-title');
  await page.waitForFunction(() => location.hash === '#/' || location.hash === '');
  await page.waitForFunction((t) => document.title === t, site);
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('typing a search keeps focus in the box; a filter keeps focus on its control', async (browser) => {
  const page = await browser.page();
  await page.focus('#search');
  await page.keyboard.type('Баку');
  await page.waitForSelector('.results a.result');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  assert.equal(await page.locator('#page-status').textContent(), '', 'typing is not announced as a page');
  assert.match(await page.title(), / — /, 'the tab says it is the results');

  await page.evaluate(() => { location.hash = '#/timeline'; });
  await page.waitForSelector('.timeline .event');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const chip = page.locator('.timeline-page .decades button').nth(1);
  await chip.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash !== '#/timeline');
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the filter kept its focus');
  await page.close();
});

test('aria-current: the page in the menu and the top bar, the section in the contents', async (browser) => {
  const page = await browser.page('#/people');
  await page.waitForSelector('.person-entry');
  const current = () => page.evaluate(() => [...document.querySelectorAll('[aria-current]')]
    .map((a) => `${a.closest('.topbar') ? 'top' : a.closest('.toc') ? 'toc' : 'menu'} ${a.getAttribute('aria-current')} ${a.getAttribute('href')}`));
  assert.deepEqual((await current()).filter((c) => !c.startsWith('toc')).sort(), ['menu page people.html', 'top page people.html']);
  await page.evaluate(() => { location.hash = '#/places'; });
  await page.waitForSelector('.places-index');
  assert.deepEqual((await current()).filter((c) => !c.startsWith('toc')).sort(), ['menu page places.html', 'top page places.html']);
  await page.evaluate(() => { location.hash = '#/section/s3'; });
  await page.waitForFunction(() => document.querySelector('.toc [aria-current]')?.getAttribute('href') === '#/section/s3');
  assert.deepEqual(await current(), ['toc location #/section/s3']);
  await page.close();
});

test('clearing the search returns to the paragraph the reader was at', async (browser) => {
  for (const how of ['cleared', 'Escape']) {
    const page = await browser.page();
    await page.evaluate(() => document.getElementById('p20').scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => {
      const r = document.getElementById('p20').getBoundingClientRect();
      return r.top > 0 && r.bottom < innerHeight;
    });
    const at = await page.evaluate(() => scrollY);
    await page.focus('#search');
    await page.keyboard.type('Баку');
    await page.waitForSelector('.results a.result');
    if (how === 'cleared') {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
    } else {
      await page.keyboard.press('Escape');
    }
    await page.waitForFunction(() => !location.hash.startsWith('#/search'));
    await page.waitForSelector('article p[id]');
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, at);
    const box = await page.evaluate(() => document.getElementById('p20').getBoundingClientRect().top);
    assert.ok(box > 0 && box < 900, `${how}: p20 on screen (${box})`);
    await page.close();
  }
});

test('the map opened in the app shows its page at once, before its module, and keeps the focus on its heading', async (browser) => {
  const page = await browser.page();
  const module = await hold(page, '**/extras_bg.wasm');
  await page.evaluate(() => { window.sameDocument = true; });
  await follow(page, '.indexes a[href="map.html"]');
  // The pre-rendered map, while the module is held: in this document, its heading said and focused.
  await page.waitForSelector('.extras-host svg.map [data-place]');
  await module.asked;
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  assert.equal(await page.evaluate(() => location.hash), '#/map');
  const heading = (await page.locator('main h1').textContent()).trim();
  await arrived(page, heading, 'the map before its module');
  // Said to be a copy still being replaced.
  assert.deepEqual(await page.$eval('.extras-host', (h) => [h.hasAttribute('data-copy'), h.getAttribute('aria-busy')]), [true, 'true']);
  await page.evaluate(() => { document.querySelector('main h1').dataset.copy = 'yes'; });
  // The module's live page takes its place, and the focus stays on the heading.
  module.release();
  await page.waitForSelector(`${LIVE} svg.map [data-place]`);
  assert.equal(await page.$eval('main h1', (h) => h.dataset.copy), undefined, 'the live heading');
  assert.equal(await page.locator('main h1').count(), 1, 'the copy is gone');
  assert.equal(await page.getAttribute('.extras-host', 'aria-busy'), null);
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  assert.deepEqual(await focusedNode(page), { role: 'heading', name: heading });
  assert.deepEqual(page.errors, []);
});
