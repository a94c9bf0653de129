// The reader with a keyboard only: the skip link, the menu, the shortcuts dialog,
// the search box and its results, and shortcuts on Russian and Kazakh layouts.
import assert from 'node:assert/strict';
import { siteTest } from './browser.mjs';

const test = siteTest();

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}#${el.id}.${el.className}` : '';
});

test('the first Tab stop is the skip link; it moves focus to the text without scrolling', async (browser) => {
  // Kazakh last: the choice persists for the tests after this one.
  for (const [lang, text] of [['ru', 'Перейти к тексту'], ['en', 'Skip to the text'], ['kk', 'Мәтінге өту']]) {
    const page = await browser.page();
    await page.selectOption('.settings select', lang);
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link', lang);
    assert.equal((await page.textContent('.skip-link')).trim(), text);
    // Hidden until focused, then on screen.
    const box = await page.$eval('.skip-link', (a) => a.getBoundingClientRect().top);
    assert.ok(box >= 0, `the focused skip link is on screen (${box})`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main', lang);
    assert.equal(await page.evaluate(() => location.hash), '', 'the route is unchanged');
    await page.close();
  }
});

test('Escape closes the phone menu and gives focus back to its button', async (browser) => {
  const page = await browser.page('', { width: 360, height: 740 });
  await page.click('.menu-button');
  await page.waitForSelector('.sidebar.open');
  await page.focus('.sidebar nav a');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.sidebar:not(.open)', { state: 'attached' });
  assert.equal(await page.isVisible('.sidebar nav'), false);
  assert.match(await focused(page), /^button#menu-button/);
});

test('the ? dialog is modal: focus stays inside, shortcuts do nothing behind it', async (browser) => {
  const page = await browser.page('#/section/s1');
  await page.keyboard.press('?');
  await page.waitForSelector('dialog[open]');
  assert.ok(await page.$eval('dialog', (d) => d.matches(':modal')), 'shown with showModal()');
  // Tab around: focus never leaves the dialog for the page.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement === document.body
      || document.querySelector('dialog').contains(document.activeElement));
    assert.ok(inside, `Tab ${i + 1} stays in the dialog: ${await focused(page)}`);
  }
  // Shortcuts behind it do nothing.
  await page.keyboard.press(']');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => location.hash), '#/section/s1');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'search');
  // The page behind cannot be clicked.
  await page.click('.site-title', { timeout: 1000, trial: true }).then(
    () => assert.fail('the page behind the dialog takes clicks'),
    () => {},
  );
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog', { state: 'detached' });
  // Closed, the shortcuts work again.
  await page.keyboard.press(']');
  await page.waitForFunction(() => location.hash === '#/section/s2');
});

test('↓ in the search box goes to the results; Enter opens the first one', async (browser) => {
  const page = await browser.page();
  await page.focus('#search');
  await page.keyboard.type('Баку');
  await page.waitForSelector('.results a.result');
  const first = await page.getAttribute('.results a.result', 'href');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), first);

  await page.focus('#search');
  await page.keyboard.press('Enter');
  await page.waitForFunction((href) => location.hash === href, first);
  await page.waitForSelector('.marked');
});

test('shortcuts by physical key: Russian and Kazakh layouts type other letters there', async (browser) => {
  const page = await browser.page('#/section/s1');
  // What these keys send on a Russian (and Kazakh) layout: the same `code`, another `key`.
  const press = (key, code, shiftKey = false) => page.evaluate(([key, code, shiftKey]) => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true }));
  }, [key, code, shiftKey]);
  await press('ъ', 'BracketRight');
  await page.waitForFunction(() => location.hash === '#/section/s2');
  await press('х', 'BracketLeft');
  await page.waitForFunction(() => location.hash === '#/section/s1');
  await press(',', 'Slash', true);
  await page.waitForSelector('dialog[open]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog', { state: 'detached' });
  await press('.', 'Slash');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  // Typing those letters in the box is typing, not a shortcut.
  await page.keyboard.type('х');
  await page.waitForFunction(() => location.hash.startsWith('#/search'));
});

test('/ focuses the search box without moving the page', async (browser) => {
  for (const width of [1280, 360]) {
    const page = await browser.page('', { width, height: 740 });
    await page.evaluate(() => document.getElementById('p20').scrollIntoView());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const before = await page.evaluate(() => scrollY);
    assert.ok(before > 1000, `scrolled into the article (${before})`);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => scrollY), before, `at ${width} px`);
    await page.close();
  }
});
