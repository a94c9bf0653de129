// Copying and symbols, print, search marks and echoed text: the selection holds
// the words only, icons need no font, print says where it came from, hits stand
// out inside a marked paragraph, and the reader's own text cannot turn the app's around.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteTest } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const text = (id) => article.sections.flatMap((s) => s.blocks).find((b) => b.id === id).text;

const test = siteTest();

test('a selection across paragraphs copies their words and no ¶ or ⧉', async (browser) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await browser.page();
  await page.hover('#p12'); // the tools show on hover: they must still stay out
  await page.evaluate(() => {
    const range = document.createRange();
    range.setStart(document.getElementById('p11'), 0);
    range.setEnd(document.getElementById('p13'), document.getElementById('p13').childNodes.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const id of ['p11', 'p12', 'p13']) assert.ok(copied.includes(text(id)), `${id} is copied`);
  assert.doesNotMatch(copied, /[¶⧉#✓]/u);
  // The paragraphs, and blank lines between them: nothing else.
  assert.equal(copied.replace(/\s+/g, ' ').trim(), ['p11', 'p12', 'p13'].map(text).join(' '));
});

test('icons are inline SVG, and the figure has no empty photo box, on screen or in print', async (browser) => {
  const page = await browser.page();
  const body = await page.textContent('body');
  assert.doesNotMatch(body, /[⧉📷]/u, 'no glyph a system may lack');
  const icon = await page.$eval('.block:has(#p5) .copy-link svg', (svg) => {
    const r = svg.getBoundingClientRect();
    return { width: r.width, height: r.height, paths: svg.querySelectorAll('path').length };
  });
  assert.ok(icon.width >= 12 && icon.height >= 12 && icon.paths > 0, JSON.stringify(icon));
  // The icon is drawn with the page's own markup: no request for it.
  assert.ok(!browser.requests.some(([path]) => /\.svg$/.test(path) && !path.includes('icons/')));

  for (const media of ['screen', 'print']) {
    await page.emulateMedia({ media });
    const figure = await page.$eval('figure', (f) => ({
      children: [...f.children].map((c) => c.tagName.toLowerCase()),
      extra: f.getBoundingClientRect().height - f.querySelector('figcaption').getBoundingClientRect().height,
    }));
    assert.deepEqual(figure.children, ['figcaption'], media);
    assert.ok(figure.extra < 60, `${media}: only the caption and its padding (${figure.extra} px more)`);
  }
});

test('print gets a header with the title, the author and the address at print time', async (browser) => {
  const page = await browser.page('#/person/mustafa-shokay');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('.print-header'), false, 'not on screen');
  await page.emulateMedia({ media: 'print' });
  // Printing fires `beforeprint`; then the page's current address is written in.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.ok(await page.isVisible('.print-header'));
  const header = await page.textContent('.print-header');
  assert.ok(header.includes(article.meta.title), header);
  assert.ok(header.includes(article.meta.author), header);
  const address = await page.$eval('#print-address', (p) => [p.textContent, p.children.length]);
  assert.deepEqual(address, [await page.evaluate(() => location.href), 0]);
  assert.ok(address[0].endsWith('#/person/mustafa-shokay'));
  // Printed on the first page, above the content.
  const [top, main] = await page.evaluate(() => [
    document.querySelector('.print-header').getBoundingClientRect().top,
    document.querySelector('main').getBoundingClientRect().top,
  ]);
  assert.ok(top < main);
});

/** WCAG contrast of two `rgb(…)` colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('search marks stand out from the marked paragraph, light and dark', async (browser) => {
  const page = await browser.page('#/p/p12?q=%D0%91%D0%B0%D0%BA%D1%83');
  await page.waitForSelector('#p12.marked mark');
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const c = await page.$eval('#p12.marked mark', (m) => ({
      mark: getComputedStyle(m).backgroundColor,
      paragraph: getComputedStyle(m.closest('.marked')).backgroundColor,
      text: getComputedStyle(m).color,
    }));
    assert.notEqual(c.mark, c.paragraph, colorScheme);
    assert.ok(contrast(c.mark, c.paragraph) >= 1.4, `${colorScheme}: mark against paragraph ${contrast(c.mark, c.paragraph)}`);
    assert.ok(contrast(c.text, c.mark) >= 4.5, `${colorScheme}: text on a mark ${contrast(c.text, c.mark)}`);
    assert.ok(contrast(c.text, c.paragraph) >= 4.5, `${colorScheme}: text on the paragraph`);
  }
});

const RLO = '\u202E';

/** The echoed query in `selector`: its <bdi>, and where the closing quote after it is drawn. */
const echoed = (page, selector) => page.$eval(selector, (el) => {
  const bdi = el.querySelector('bdi');
  const close = document.createRange();
  const last = el.lastChild;
  close.setStart(last, last.length - 1);
  close.setEnd(last, last.length);
  return {
    text: bdi.textContent,
    bidi: getComputedStyle(bdi).unicodeBidi,
    visible: el.getBoundingClientRect().height > 1 && getComputedStyle(el).clip === 'auto',
    bdi: bdi.getBoundingClientRect().right,
    close: close.getBoundingClientRect().left,
    closing: last.textContent.slice(-1),
  };
});

test('the query in the hit bar is isolated: a right-to-left override cannot turn the closing quote', async (browser) => {
  const query = `Баку${RLO}abc`;
  const page = await browser.page(`#/p/p12?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.hit-bar .query bdi');
  const shown = await echoed(page, '.hit-bar .query');
  assert.equal(shown.text, query);
  assert.equal(shown.closing, '»');
  assert.ok(shown.close >= shown.bdi - 0.5, `» after the query (${shown.close} vs ${shown.bdi})`);
});

test('the results page echoes the query, isolated: the closing quote stays after it', async (browser) => {
  const query = `Баку${RLO}abc`;
  const page = await browser.page(`#/search?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.search-results h1 bdi');
  const shown = await echoed(page, '.search-results h1');
  assert.equal(shown.text, query);
  assert.equal(shown.bidi, 'isolate');
  assert.ok(shown.visible, 'the query is shown, not only announced');
  assert.equal(shown.closing, '»');
  assert.ok(shown.close >= shown.bdi - 0.5, `» after the query (${shown.close} vs ${shown.bdi})`);
});

test('the unknown hash on the not-found page is isolated', async (browser) => {
  const raw = `/no${RLO}such`;
  const page = await browser.page(`#${encodeURIComponent(raw).replaceAll('%2F', '/')}`);
  await page.waitForSelector('.not-found code bdi');
  const shown = await page.$eval('.not-found code bdi', (b) => [b.textContent, getComputedStyle(b).unicodeBidi]);
  assert.equal(shown[0], `#${raw}`);
  assert.equal(shown[1], 'isolate');
});
