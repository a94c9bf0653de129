// A link to a paragraph, opened cold, in each reading and at every common
// width: it ends with that paragraph's first line on screen, and it stays
// there once the app, the translation and the fonts have all come.
import assert from 'node:assert/strict';
import { ready, siteTest } from './browser.mjs';

const WIDTHS = [[360, 740], [768, 1024], [1024, 768], [1280, 800], [1920, 1080]];
const READINGS = [null, 'ru', 'en'];
// Deep in the article, where an early scroll is furthest from the truth.
const IDS = { null: 'p40', ru: 'p28', en: 'p40' };

/** Where the paragraph's first line is, once everything has come and two frames were drawn. */
const firstLine = (page, id) => page.evaluate(async (id) => {
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const p = document.getElementById(id);
  const r = p.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(p).lineHeight) || 24;
  return { top: r.top, line, height: innerHeight, y: scrollY };
}, id);

// A link lands on its paragraph.
const test = siteTest();

for (const tr of READINGS) {
  for (const [width, height] of WIDTHS) {
    const id = IDS[tr];
    test(`#/p/${id}${tr ? `?tr=${tr}` : ''} at ${width} px`, async (browser) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${browser.url}#/p/${id}${tr ? `?tr=${tr}` : ''}`);
      await ready(page);
      if (tr) await page.locator(`#${id} + .tr[lang="${tr}"]`).waitFor();
      await page.locator(`#${id}.marked`).waitFor();
      const at = await firstLine(page, id);
      assert.ok(at.top >= 0 && at.top + at.line <= at.height,
        `first line of #${id} at ${at.top} px of ${at.height} (scrollY ${at.y})`);
      // And stays: nothing that comes later moves it out.
      const again = await firstLine(page, id);
      assert.ok(Math.abs(again.top - at.top) < 2, `moved from ${at.top} to ${again.top}`);
      await page.close();
    });
  }
}
