// Reading comfort: theme, text size and interface language that persist, the
// print stylesheet, copy link, keyboard shortcuts and the progress bar.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM, launch, ready, siteTest } from './browser.mjs';

const test = siteTest();

const bg = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme toggle overrides the system and persists', async (browser) => {
  const page = await browser.page();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await bg(page);
  await page.click('.settings button:has-text("Қараңғы")');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const dark = await bg(page);
  assert.notEqual(dark, light);
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await bg(page), dark);
  // Back to following the system, which is dark now.
  await page.click('.settings button:has-text("Жүйелік")');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => !document.documentElement.dataset.theme);
  assert.equal(await bg(page), dark);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await bg(page), light);
});

test('text size grows and shrinks within bounds, and persists', async (browser) => {
  const page = await browser.page();
  const size = () => page.$eval('#p1', (p) => parseFloat(getComputedStyle(p).fontSize));
  const base = await size();
  await page.click('.settings .larger');
  await page.click('.settings .larger');
  await page.waitForFunction((b) => parseFloat(getComputedStyle(document.getElementById('p1')).fontSize) > b, base);
  const bigger = await size();
  assert.ok(Math.abs(bigger / base - 1.2) < 0.02, `${bigger} / ${base}`);
  assert.equal(await page.textContent('.settings .font-size'), '120%');
  await page.reload();
  await ready(page);
  await page.waitForFunction((b) => parseFloat(getComputedStyle(document.getElementById('p1')).fontSize) > b, base);
  for (let i = 0; i < 10; i++) await page.click('.settings .smaller');
  assert.equal(await page.textContent('.settings .font-size'), '80%');
});

test('the interface language switches and persists; the article stays Kazakh', async (browser) => {
  const page = await browser.page('#/people');
  await page.selectOption('.settings select', 'ru');
  await page.waitForFunction(() => document.querySelector('.people-index h1')?.textContent === 'Персоны');
  assert.equal(await page.getAttribute('input[type="search"]', 'placeholder'), 'Поиск по статье');
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.querySelector('.people-index h1')?.textContent === 'Персоны');
  await page.selectOption('.settings select', 'en');
  await page.goto(browser.url + '#/');
  await page.waitForSelector('nav a:has-text("Introduction")');
  assert.equal(await page.getAttribute('article', 'lang'), 'kk');
  await page.selectOption('.settings select', 'kk');
  await page.waitForSelector('nav a:has-text("Кіріспе")');
});

test('a Russian browser gets the Russian interface at first visit', async (browser) => {
  const other = await chromium.launch(CHROMIUM);
  const page = await (await other.newContext({ locale: 'ru-RU' })).newPage();
  await page.goto(browser.url);
  await page.waitForSelector('nav a:has-text("Вступление")');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  await other.close();
});

test('print shows the article alone, with the bibliography links written out', async (browser) => {
  const page = await browser.page();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.topbar', '.sidebar', '.section-nav', '.tools', '.progress']) {
    assert.equal(await page.isVisible(hidden), false, hidden);
  }
  assert.ok(await page.isVisible('article #p1'));
  const link = await page.$eval('.bibliography a[target]', (a) => [a.textContent, a.href]);
  assert.equal(link[0], link[1], 'the printed link shows its address');
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.isVisible('.topbar'));
});

test('copy link puts the paragraph address on the clipboard', async (browser) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await browser.page();
  await page.hover('#p5');
  await page.click('.block:has(#p5) .copy-link');
  await page.waitForSelector('.block:has(#p5) .copy-link[aria-label="Сілтеме көшірілді"]');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${browser.url}#/p/p5`);
});

test('keyboard: ? lists the shortcuts, Escape closes, ] and [ move between sections', async (browser) => {
  const page = await browser.page('#/section/s1');
  await page.keyboard.press('?');
  await page.waitForSelector('dialog[open]');
  assert.match(await page.textContent('dialog h2'), /Пернелер/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog', { state: 'detached' });
  await page.keyboard.press(']');
  await page.waitForFunction(() => location.hash === '#/section/s2');
  await page.waitForSelector('nav a.current[href="#/section/s2"]');
  await page.keyboard.press('[');
  await page.waitForFunction(() => location.hash === '#/section/s1');
});

test('the progress bar follows the reading', async (browser) => {
  const page = await browser.page();
  const value = () => page.getAttribute('.progress', 'aria-valuenow').then(Number);
  assert.equal(await value(), 0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => Number(document.querySelector('.progress').getAttribute('aria-valuenow')) === 100);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForFunction(() => {
    const v = Number(document.querySelector('.progress').getAttribute('aria-valuenow'));
    return v > 20 && v < 80;
  });
});
