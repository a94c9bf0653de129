// The first paint, before the app runs: the stored theme, text size and language are
// already applied (prefs.js), and with the Wasm blocked the article is still there to
// read. The preferences are set through the app's own settings, then the page is
// loaded again with the Wasm held back or blocked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { frames, idle, ready, siteTest } from './browser.mjs';

const test = siteTest();

const WASM = '**/qazaq_reader_bg.wasm';
const PHONE = { width: 390, height: 844 };

// Runs before any of the page's scripts: at the first animation frame after the
// first paragraph exists (the frame that paints it), notes what it looks like.
const FIRST_FRAME = () => {
  new MutationObserver((_, observer) => {
    const p = document.getElementById('p1');
    if (!p) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const html = document.documentElement;
      window.firstFrame = {
        background: getComputedStyle(document.body).backgroundColor,
        fontSize: parseFloat(getComputedStyle(p).fontSize),
        lang: html.lang,
        appReady: html.dataset.app === 'ready',
      };
    });
  }).observe(document, { childList: true, subtree: true });
};

const look = (page) => page.evaluate(() => ({
  background: getComputedStyle(document.body).backgroundColor,
  fontSize: parseFloat(getComputedStyle(document.getElementById('p1')).fontSize),
}));

test('the stored dark theme, largest text and language are in the first paint, before the Wasm', async (browser) => {
  const page = await browser.page('', PHONE);
  await page.emulateMedia({ colorScheme: 'light' });
  const plain = await look(page);
  // Choose through the app, so what is stored is what the app stores.
  await page.click('.menu-button');
  await page.click('.settings button:has-text("Қараңғы")');
  for (let i = 0; i < 8; i++) await page.click('.settings .larger'); // past the largest: it stays there
  assert.equal(await page.textContent('.settings .font-size'), '140%');
  await page.selectOption('.settings select', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const chosen = await look(page);
  assert.notEqual(chosen.background, plain.background);
  assert.ok(chosen.fontSize / plain.fontSize > 1.3, `${chosen.fontSize} / ${plain.fontSize}`);

  const held = await browser.context.newPage();
  await held.setViewportSize(PHONE);
  await held.emulateMedia({ colorScheme: 'light' });
  await held.addInitScript(FIRST_FRAME);
  let release;
  const released = new Promise((r) => { release = r; });
  await held.route(WASM, async (route) => { await released; await route.continue().catch(() => {}); });
  await held.goto(browser.url, { waitUntil: 'commit' });
  await held.waitForFunction(() => window.firstFrame !== undefined);
  const first = await held.evaluate(() => window.firstFrame);
  assert.equal(first.appReady, false, 'the Wasm was held back');
  assert.equal(first.background, chosen.background);
  assert.equal(first.fontSize, chosen.fontSize);
  assert.equal(first.lang, 'en');
  // Once the app runs it keeps them: no jump either way.
  release();
  await ready(held);
  assert.deepEqual(await look(held), chosen);
  await held.close();

  // Leave the shared profile as it was.
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('junk or unreadable storage leaves the defaults and breaks nothing', async (browser) => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('qazaq-reader.theme', '<b>neon</b>');
    localStorage.setItem('qazaq-reader.font', '1e9');
    localStorage.setItem('qazaq-reader.lang', '"><script>');
  });
  await page.goto(browser.url, { waitUntil: 'domcontentloaded' });
  const html = await page.evaluate(() => ({ ...document.documentElement.dataset, lang: document.documentElement.lang }));
  assert.equal(html.theme, undefined);
  assert.equal(html.font, undefined);
  assert.equal(html.lang, 'kk', 'the browser speaks Kazakh');
  await page.close();

  // Storage that throws on every access, as some privacy settings make it.
  const blocked = await browser.context.newPage();
  blocked.on('pageerror', (e) => errors.push(String(e)));
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await blocked.goto(browser.url);
  await ready(blocked);
  assert.equal(await blocked.evaluate(() => document.documentElement.dataset.theme), undefined);
  await blocked.close();
  assert.deepEqual(errors, []);
});

test('with the Wasm blocked, the whole article is there to read', async (browser) => {
  const page = await browser.context.newPage();
  await page.setViewportSize(PHONE);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(WASM, (route) => route.abort());
  await page.goto(browser.url, { waitUntil: 'load' });
  const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
  const paragraphs = article.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph');
  const text = await page.textContent('article');
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  for (const p of paragraphs) assert.ok(squash(text).includes(squash(p.text)), `${p.id} is missing`);
  // The first and the last paragraph are on screen when scrolled to, not hidden
  // or covered by anything.
  for (const id of [paragraphs[0].id, paragraphs.at(-1).id]) {
    const p = page.locator(`#${id}`);
    await p.scrollIntoViewIfNeeded();
    assert.ok(await p.isVisible(), `${id} is not visible`);
    const onTop = await p.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, Math.max(r.top, 0) + 5);
      return el.contains(hit);
    });
    assert.ok(onTop, `${id} is covered`);
  }
  // Not running: at most said to have failed (the scroll asked for it).
  assert.notEqual(await page.evaluate(() => document.documentElement.dataset.app), 'ready');
  assert.deepEqual(errors, [], 'no uncaught error');
  await page.close();
});

/** A phone page whose Wasm waits for `release()`. */
async function heldPage(browser) {
  const page = await browser.context.newPage();
  await page.setViewportSize(PHONE);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(WASM, async (route) => { await released; await route.continue().catch(() => {}); });
  await page.goto(browser.url, { waitUntil: 'load' });
  await page.locator('#p1').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the Wasm was held back');
  return { page, release };
}

test('what the reader types before the app runs is kept, and searched', async (browser) => {
  const { page, release } = await heldPage(browser);
  await page.fill('#search', 'Абай');
  release();
  await ready(page);
  await page.waitForFunction(() => location.hash.startsWith('#/search?q='), null, { timeout: 10_000 });
  assert.equal(await page.inputValue('#search'), 'Абай');
  assert.equal(decodeURIComponent(await page.evaluate(() => location.hash)), '#/search?q=Абай');
  await page.locator('.results li').first().waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a button tapped before the app runs does its work once it does', async (browser) => {
  const { page, release } = await heldPage(browser);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('qazaq_reader_bg.wasm')) wasm.push(r.url()); });
  await page.click('.menu-button');
  // The menu opens at once, before the app (it holds People, Places… on a phone),
  // and asks nothing of it.
  assert.equal(await page.getAttribute('.menu-button', 'aria-expanded'), 'true');
  assert.ok(await page.locator('#toc.open').count(), 'open before the app runs');
  const size = await page.textContent('.settings .font-size');
  // A button of the app: this brings the app, which then does what it was asked.
  await page.click('.settings .larger');
  release();
  await ready(page);
  await page.waitForFunction((size) => document.querySelector('.settings .font-size')?.textContent !== size, size);
  assert.ok(await page.locator('#toc.open').count(), 'the menu is still open');
  assert.equal(wasm.length, 1, 'the app was fetched once, at the button');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a reader already reading when the app starts keeps the place', async (browser) => {
  const { page, release } = await heldPage(browser);
  await page.evaluate(() => document.getElementById('p20').scrollIntoView());
  const before = await page.evaluate(() => scrollY);
  assert.ok(before > 1000, `scrolled into the article (${before})`);
  release();
  await ready(page);
  // Past the app's own first effects and timers: the page idle, two frames drawn.
  await idle(page);
  await frames(page);
  assert.equal(await page.evaluate(() => scrollY), before);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** The build's files a page fetched, by name. */
function fetched(page) {
  const names = [];
  page.on('request', (r) => names.push(new URL(r.url()).pathname.split('/').pop()));
  return names;
}
// The app and the data only it starts with. The small search runtime (qazaq_search*,
// quick_search.js) and what it searches (article.json, translations/) come when the
// page is idle, on purpose: they answer the first search before the app.
// (Names are the last segment of the path: translations/ru.json is ru.json.)
const RUNTIME = ['quick_search.js', 'qazaq_search.js', 'qazaq_search_bg.wasm', 'article.json', 'ru.json', 'en.json'];
const isApp = (name) => /^(qazaq_reader|extras)/.test(name) || (name.endsWith('.json') && !RUNTIME.includes(name));

test('a reader who only reads fetches the page alone; the app comes at the first scroll', async (browser) => {
  const page = await browser.context.newPage();
  await page.setViewportSize(PHONE);
  const names = fetched(page);
  await page.goto(browser.url, { waitUntil: 'networkidle' });
  await idle(page);
  assert.deepEqual(names.filter(isApp), [], 'no app or data before the reader reaches for the page');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined);
  // Reading on: the first scroll brings the app, which then answers as usual.
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20_000 });
  assert.ok(names.includes('qazaq_reader_bg.wasm') && names.includes('article.json'));
  await page.click('.menu-button');
  await page.locator('#toc.open').waitFor({ timeout: 5000 });
  await page.close();
});

test('☰ and a link to a page of its own fetch no app: People comes alone', async (browser) => {
  const page = await browser.context.newPage();
  await page.setViewportSize(PHONE);
  const names = fetched(page);
  await page.goto(browser.url, { waitUntil: 'networkidle' });
  await page.click('.menu-button');
  await page.locator('#toc.open').waitFor();
  await page.click('.sidebar.open .indexes a[href="people.html"]');
  await page.waitForSelector('.people-index .person-entry');
  assert.match(page.url(), /people\.html$/, 'People\'s own page was loaded');
  const before = names.slice(0, names.indexOf('people.html'));
  assert.ok(before.length > 0 && names.includes('people.html'));
  assert.deepEqual(before.filter(isApp), [], 'nothing of the app on the page left');
  await page.close();
});

test('a deep link, a chosen translation or stored highlights bring the app at once', async (browser) => {
  const untouched = async (setup, path = '') => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => localStorage.clear());
    await page.addInitScript(setup);
    await page.goto(browser.url + path);
    // No input at all: the page itself asks for the app.
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20_000 });
    await page.close();
  };
  await untouched(() => {}, '#/people');
  await untouched(() => { localStorage.setItem('qazaq-reader.reading', 'ru'); });
  await untouched(() => {
    localStorage.setItem('qazaq-reader.notes', JSON.stringify({ notes: [{ id: 'x' }] }));
  });
  await browser.context.newPage().then(async (page) => {
    await page.goto(browser.url);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

test('a reader of another language gets the interface in it without the app', async (browser) => {
  for (const [lang, contents, placeholder] of [['en', 'Contents', 'Search the article'], ['ru', 'Содержание', 'Поиск по статье']]) {
    const page = await browser.context.newPage();
    await page.addInitScript((l) => localStorage.setItem('qazaq-reader.lang', l), lang);
    await page.setViewportSize(PHONE);
    const names = fetched(page);
    await page.goto(browser.url, { waitUntil: 'networkidle' });
    assert.deepEqual(names.filter(isApp), [], 'the app is not fetched for the interface language');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.match(await page.textContent('.menu-button'), new RegExp(contents));
    assert.equal(await page.getAttribute('#search', 'placeholder'), placeholder);
    // The app, once it comes, agrees: the same words, no error.
    const before = await page.textContent('#app');
    await ready(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.textContent('#app'), before);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
});
