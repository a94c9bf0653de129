// Every link the app gives out opens what the reader saw: the same paragraph,
// in the same reading (Kazakh, beside Russian, beside English), the same quote.
// Each link is opened in a fresh browser context, as the person it was sent to
// would open it. One test per kind of link and reading.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ready, selectText, siteTest } from './browser.mjs';

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const text = (id) => article.sections.flatMap((s) => s.blocks).find((b) => b.id === id).text;
const READINGS = [['kk', null], ['ru', 'ru'], ['en', 'en']];
const ID = 'p40';
const suffix = (tr) => (tr ? `?tr=${tr}` : '');

/** The paragraph's text is shown with its translation (if any) beside it. */
async function showsParagraph(page, id, tr) {
  await page.locator(`#${id}`).waitFor();
  if (tr) await page.locator(`#${id} + .tr[lang="${tr}"]`).waitFor();
  else assert.equal(await page.locator('article .tr').count(), 0, 'Kazakh alone');
  await page.waitForFunction((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  }, id);
}

// Each test copies links, and opens them in another browser with a fresh profile.
const test = siteTest({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Opens `url` (of this test's server) in another browser: a fresh profile. */
const openElsewhere = async (browser, url) => {
  assert.ok(url.startsWith(browser.url), url);
  return browser.elsewhere(url.slice(browser.url.length));
};

for (const [name, tr] of READINGS) {
  test(`the ¶ link, reading ${name}`, async (browser) => {
    const page = await browser.page(`#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    const href = await page.locator(`.block:has(#${ID}) a.permalink`).getAttribute('href');
    assert.equal(href, `#/p/${ID}${suffix(tr)}`);
    const opened = await openElsewhere(browser, browser.url + href);
    await showsParagraph(opened, ID, tr);
    await page.close();
    await opened.close();
  });

  test(`"Copy link", reading ${name}`, async (browser) => {
    const page = await browser.page(`#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    await page.locator(`.block:has(#${ID}) .copy-link`).click();
    await page.locator(`.block:has(#${ID}) .copy-link.copied`).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.endsWith(`#/p/${ID}${suffix(tr)}`), copied);
    const opened = await openElsewhere(browser, copied);
    await showsParagraph(opened, ID, tr);
    await page.close();
    await opened.close();
  });

  test(`"Copy link to quote", reading ${name}`, async (browser) => {
    const page = await browser.page(`#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    const quote = text(ID).split(/\s+/).slice(2, 6).join(' ');
    await selectText(page, `#${ID}`, quote);
    await page.locator('.copy-quote').click();
    await page.locator('.quote-bar.copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, new RegExp(`#/p/${ID}\\?quote=`));
    if (tr) assert.match(copied, new RegExp(`tr=${tr}$`));
    else assert.doesNotMatch(copied, /tr=/);
    const opened = await openElsewhere(browser, copied);
    await showsParagraph(opened, ID, tr);
    await opened.locator(`#${ID} mark.quote`).first().waitFor();
    assert.equal((await opened.locator(`#${ID} mark.quote`).allTextContents()).join(''), quote);
    await page.close();
    await opened.close();
  });

  test(`the citation's URL, reading ${name}`, async (browser) => {
    const page = await browser.page(`#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    await page.locator(`.block:has(#${ID}) .cite-button`).click();
    const dialog = page.locator('.cite-dialog');
    await dialog.locator('.citation-text').first().waitFor();
    const url = `${browser.url}#/p/${ID}${suffix(tr)}`.replace(/^https?:\/\//, '');
    for (const citation of await dialog.locator('.citation-text').allTextContents()) {
      assert.ok(citation.includes(url), `${url} in ${citation}`);
    }
    const opened = await openElsewhere(browser, `${browser.url}#/p/${ID}${suffix(tr)}`);
    await showsParagraph(opened, ID, tr);
    await page.close();
    await opened.close();
  });

  test(`Back after a search returns to the paragraph, reading ${name}`, async (browser) => {
    const page = await browser.page(`#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    await page.locator('input[type="search"]').fill('Баку');
    await page.locator('.search-results[data-query="Баку"] li').first().waitFor();
    assert.match(await page.evaluate(() => location.hash), tr ? new RegExp(`tr=${tr}`) : /^#\/search\?q=[^&]*$/);
    await page.goBack();
    await page.waitForFunction((h) => location.hash === h, `#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    // Esc from a new search leaves it for the same place, too.
    await page.locator('input[type="search"]').fill('Шоқай');
    await page.locator('.search-results[data-query="Шоқай"] li').first().waitFor();
    await page.locator('input[type="search"]').press('Escape');
    await page.waitForFunction((h) => location.hash === h, `#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`a link inside the page keeps the reading, ${name}`, async (browser) => {
    const page = await browser.page(`#/p/${ID}${suffix(tr)}`);
    await showsParagraph(page, ID, tr);
    // A name in the text, then the person's first mention back into the text.
    await page.locator(`article a.person`).first().click();
    await page.locator('[data-mentions]').first().waitFor();
    assert.match(await page.evaluate(() => location.hash), tr ? new RegExp(`tr=${tr}$`) : /^#\/person\/[a-z-]+$/);
    const mention = page.locator('main a[data-para]').first();
    const href = await mention.getAttribute('href');
    if (tr) assert.match(href, new RegExp(`tr=${tr}$`));
    else assert.doesNotMatch(href, /tr=/);
    await mention.click();
    await page.waitForFunction((h) => location.hash === h, href);
    await page.locator('article').waitFor();
    if (tr) await page.locator(`article .tr[lang="${tr}"]`).first().waitFor();
    await page.close();
  });
}

test('an address without a reading is read in the one in effect, and says it', async (browser) => {
  const page = await browser.page(`#/p/${ID}?tr=en`);
  await showsParagraph(page, ID, 'en');
  // An old link inside the page (no reading in it): the reading stays, and
  // the address is written with it.
  await page.evaluate(() => { location.hash = '#/p/p38'; });
  await page.waitForFunction(() => location.hash === '#/p/p38?tr=en');
  await showsParagraph(page, 'p38', 'en');
  await page.close();
});

for (const [junk, shown] of [['de', 'de'], ['%3Cb%3Ex%3C%2Fb%3E', '<b>x</b>'], ['', '']]) {
  test(`an unknown reading (tr=${junk}) is said, the Kazakh shown at the paragraph`, async (browser) => {
    const page = await browser.page(`#/p/${ID}?tr=${junk}`);
    await showsParagraph(page, ID, null);
    const notice = page.locator('.reading-notice');
    await notice.waitFor();
    assert.ok((await notice.textContent()).includes(`«${shown}»`), await notice.textContent());
    assert.match(await notice.textContent(), /қазақ тілінде/);
    assert.equal(await page.locator('.reading-notice b').count(), 0, 'text, never markup');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('a translation that cannot be fetched is said, in the interface language', async (browser) => {
  const page = await browser.context.newPage();
  await page.route('**/translations/ru.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.addInitScript(() => localStorage.setItem('qazaq-reader.lang', 'en'));
  await page.goto(`${browser.url}#/p/${ID}?tr=ru`);
  await ready(page);
  const notice = page.locator('.reading-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be loaded.*shown in Kazakh/);
  await showsParagraph(page, ID, null);
  await page.close();
});
