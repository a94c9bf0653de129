// The people index as a reader uses it: open it, filter with a Latin spelling,
// open a person, follow a mention to its paragraph, and follow a name back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteTest } from './browser.mjs';

const people = JSON.parse(readFileSync('data/people.json', 'utf8'));
const counts = JSON.parse(readFileSync('tests/fixtures/people_mentions.json', 'utf8'));

const test = siteTest();

const entrySlugs = (page) => page.$$eval('[data-person].person-entry', (es) => es.map((e) => e.dataset.person));

test('the index lists every person with the hand-checked mention count', async (browser) => {
  const page = await browser.page('#/people');
  const entries = await page.$$eval('.person-entry', (es) => es.map((e) => ({
    slug: e.dataset.person,
    firstLine: e.innerText.split('\n')[0].trim(),
    mentions: e.querySelector('[data-mentions]').dataset.mentions,
  })));
  assert.equal(entries.length, people.length);
  for (const person of people) {
    const entry = entries.find((e) => e.slug === person.slug);
    assert.ok(entry, `missing ${person.slug}`);
    assert.equal(entry.firstLine, person.name);
    assert.equal(Number(entry.mentions), counts[person.slug], person.slug);
  }
  assert.deepEqual(page.errors, []);
});

test('sorting by mentions, by first appearance and by name', async (browser) => {
  const page = await browser.page('#/people');
  await page.click('.sort button:has-text("аталу саны")');
  const byCount = await page.$$eval('.person-entry [data-mentions]', (es) => es.map((e) => Number(e.dataset.mentions)));
  assert.deepEqual(byCount, [...byCount].sort((a, b) => b - a));
  assert.equal((await entrySlugs(page))[0], 'heydar-aliyev');

  await page.click('.sort button:has-text("алғаш аталуы")');
  assert.equal((await entrySlugs(page))[0], 'rashad-mammadov', 'the byline comes first');

  await page.click('.sort button:has-text("есімі")');
  const names = await page.$$eval('.person-entry h2', (hs) => hs.map((h) => h.textContent));
  assert.equal(names[0], 'Абай');
  assert.ok(names.indexOf('Ахмет Байтұрсынұлы') < names.indexOf('Әзиз Ғұбайдуллин'), 'ә sorts after а');
});

test('the filter understands a Latin spelling', async (browser) => {
  const page = await browser.page('#/people');
  await page.fill('.people-controls input', 'Aliyev');
  await page.waitForFunction(() => document.querySelectorAll('.person-entry').length === 2);
  assert.deepEqual((await entrySlugs(page)).sort(), ['heydar-aliyev', 'ilham-aliyev']);
  await page.fill('.people-controls input', 'Тбилиси');
  await page.waitForSelector('.people-index .empty');
  await page.fill('.people-controls input', '😀\u200b'.repeat(5000));
  await page.waitForSelector('.people-index .empty');
  assert.deepEqual(page.errors, []);
});

test('a person page lists mentions that lead to their paragraphs', async (browser) => {
  const page = await browser.page('#/people');
  await page.click('[data-person="mustafa-shokay"] h2 a');
  await page.waitForFunction(() => location.hash === '#/person/mustafa-shokay');
  assert.equal(await page.textContent('.person-page h1'), 'Мұстафа Шоқай');
  const mentionLinks = await page.$$eval('.mentions a[data-para]', (as) => as.map((a) => a.dataset.para));
  assert.equal(mentionLinks.length, counts['mustafa-shokay']);
  assert.equal(await page.getAttribute('.person-page [data-mentions]', 'data-mentions'), String(counts['mustafa-shokay']));

  const target = mentionLinks.find((id) => /^p\d+$/.test(id));
  await page.click(`.mentions a[data-para="${target}"]`);
  await page.waitForFunction((id) => location.hash === `#/p/${id}`, target);
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('marked'), target);
  // The name is linked inside the paragraph; following it returns to the person.
  const link = `#${target} a.person[href="person-mustafa-shokay.html"]`;
  assert.ok(await page.$(link));
  await page.click(link);
  await page.waitForFunction(() => location.hash === '#/person/mustafa-shokay');
  await page.goBack();
  await page.waitForFunction((id) => location.hash === `#/p/${id}`, target);
  assert.deepEqual(page.errors, []);
});

test('appears-with and the part-of-a-name note', async (browser) => {
  const page = await browser.page('#/person/heydar-aliyev');
  const companions = await page.$$eval('.companions a', (as) => as.map((a) => a.dataset.person));
  assert.ok(companions.includes('nursultan-nazarbayev'));
  assert.ok(companions.includes('ilham-aliyev'));
  const notes = await page.$$eval('.mentions .note', (ns) => ns.length);
  assert.ok(notes >= 2, 'the foundation and the order are names that contain his');
});

test('"appears with X (n)" lists the n passages with both names marked', async (browser) => {
  const page = await browser.page('#/person/heydar-aliyev');
  const link = page.locator('.companions a.with[data-with="nursultan-nazarbayev"]');
  const n = Number(await link.textContent());
  assert.ok(n >= 2, `${n}`);
  await link.click();
  await page.waitForFunction(() => location.hash === '#/person/heydar-aliyev?with=nursultan-nazarbayev');
  await page.waitForSelector('.together li');
  const passages = await page.$$eval('.together li', (ls) => ls.map((l) => ({
    para: l.querySelector('[data-para]').dataset.para,
    marks: [...l.querySelectorAll('mark')].map((m) => m.textContent),
  })));
  assert.equal(passages.length, n);
  assert.equal(new Set(passages.map((p) => p.para)).size, n, 'each passage once');
  for (const { para, marks } of passages) {
    assert.ok(marks.some((m) => /Әлиев|Aliyev|Алиев/.test(m)), `${para}: ${marks}`);
    assert.ok(marks.some((m) => /Назарбаев|Nazarbayev/.test(m)), `${para}: ${marks}`);
  }
  // An unknown companion: just the person's page.
  const alone = await browser.page('#/person/heydar-aliyev?with=nobody');
  await alone.waitForSelector('.person-page');
  assert.equal(await alone.$('.together'), null);
  assert.deepEqual(page.errors, []);
});

test('a name in the text has a card with name and role on focus', async (browser) => {
  const page = await browser.page('#/p/p6');
  const link = page.locator('#p6 a.person[href="person-heydar-aliyev.html"]').first();
  await link.focus();
  const card = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(card, /Гейдар Әлиев — /);
  const described = await link.getAttribute('aria-describedby');
  assert.match(await page.textContent(`#${described}`), /көшбасшы/);
  // Names are links only where the person is named: the paragraph text is intact.
  const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
  const p6 = article.sections.flatMap((s) => s.blocks).find((b) => b.id === 'p6');
  assert.equal(await page.textContent('#p6'), p6.text);
});

test('roles follow the interface language: Russian in Russian, English in English', async (browser) => {
  const page = await browser.page('#/people');
  const roles = () => page.$$eval('.person-entry', (es) => Object.fromEntries(
    es.map((e) => [e.dataset.person, e.querySelector('.role').textContent]),
  ));
  try {
    await page.selectOption('.settings select', 'ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    const shown = await roles();
    for (const person of people) assert.equal(shown[person.slug], person.role_ru, person.slug);
    await page.goto(browser.url + '#/person/heydar-aliyev');
    const heydar = people.find((p) => p.slug === 'heydar-aliyev');
    // The name and the line in the interface language, the Kazakh original under it.
    await page.waitForSelector('.person-page .role[lang="ru"]');
    assert.equal(await page.textContent('.person-page h1'), heydar.russian);
    assert.equal(await page.textContent('.person-page .role'), heydar.role_ru);
    assert.equal(await page.textContent('.person-page .role-other[lang="kk"]'), heydar.role_kk);
    await page.selectOption('.settings select', 'en');
    await page.waitForSelector('.person-page .role[lang="en"]');
    assert.equal(await page.textContent('.person-page h1'), heydar.latin);
    assert.equal(await page.textContent('.person-page .role'), heydar.role_en);
    assert.equal(await page.textContent('.person-page .role-other[lang="kk"]'), heydar.role_kk);
  } finally {
    await page.selectOption('.settings select', 'kk');
  }
  assert.deepEqual(page.errors, []);
});

test('an unknown person is not found', async (browser) => {
  const page = await browser.page('#/person/nobody');
  await page.waitForSelector('.not-found');
});
