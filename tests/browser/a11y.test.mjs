// axe-core (pinned in package.json) on every kind of page, light and dark, wide
// and narrow, and on the update banner: no violations of any rule axe runs by default.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

// Evaluated through the DevTools protocol, which the page's CSP does not govern
// (an injected <script> tag would be refused, as it should be).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function violations(page) {
  await page.evaluate(AXE);
  const { violations: found } = await page.evaluate(() => axe.run(document));
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

const PAGES = [
  ['the reader', '', 'article p[id]'],
  ['the people index', '#/people', '.person-entry'],
  ['a person', '#/person/heydar-aliyev', '.person-page .mentions'],
  ['not found', '#/nowhere', '.not-found'],
  ['the places index', '#/places', '.places-index .person-entry'],
  ['a place', '#/place/baku', '.place-page .mentions'],
  ['the timeline', '#/timeline', '.timeline .event'],
  ['a hit in the text', '#/p/p16?q=Shokay', '.hit-bar'],
  ['the map', '#/map', 'svg.map a.marker text'],
  ['the word list', '#/words', '.word-list li[data-lemma]'],
  ['a word in context', '#/words?w=газет', '.kwic .kwic-line'],
  ['the overview', '#/overview', '.overview svg.map .marker'],
];

for (const colorScheme of ['light', 'dark']) {
  for (const [name, hash, ready] of PAGES) {
    test(`${name}, ${colorScheme}: no axe violations`, async () => {
      const page = await browser.page(hash);
      await page.emulateMedia({ colorScheme });
      await page.waitForSelector(ready);
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
}

test('the reader at 360 px with the contents menu open: no axe violations', async () => {
  const page = await browser.page('', { width: 360, height: 740 });
  await page.click('.menu-button');
  assert.deepEqual(await violations(page), []);
});

test('search results: no axe violations', async () => {
  const page = await browser.page();
  const search = await page.$('input[type=search]');
  assert.ok(search, 'the page has a search box');
  await search.fill('Баку');
  await page.waitForFunction(() => [...document.querySelectorAll('a[href^="#/p/"], mark')]
    .some((e) => /баку/i.test(e.textContent)));
  assert.deepEqual(await violations(page), []);
});

test('the "new version" banner, light and dark: no axe violations', async () => {
  const page = await browser.page();
  // The banner from boot.js itself (the module is loaded already, so this only imports it).
  await page.evaluate(async () => (await import('./boot.js')).offerUpdate({ postMessage() {} }));
  await page.waitForSelector('#update button');
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await violations(page), [], colorScheme);
  }
});
