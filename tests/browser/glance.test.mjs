// At a glance: the map (markers, routes, labels, keyboard zoom, era filter,
// opening a place), the word list (counts, filter, KWIC marks) and the
// overview (its links), all loaded only when first opened.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LIVE, ready, siteTest } from './browser.mjs';

const places = JSON.parse(readFileSync('data/places.json', 'utf8'));
const people = JSON.parse(readFileSync('data/people.json', 'utf8'));
const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const counts = JSON.parse(readFileSync('tests/fixtures/place_mentions.json', 'utf8'));
const ROUTES = ['baku-tbilisi-ceyhan', 'baku-tbilisi-erzurum', 'baku-tbilisi-kars', 'tanap', 'tap', 'east-west-corridor',
  'china-turkey-transit-route'];

const test = siteTest();

const viewBox = (page) => page.$eval('svg.map', (s) => s.getAttribute('viewBox').split(' ').map(Number));

test('the first visit loads neither the map nor the word list, nor their code', async (browser) => {
  const page = await browser.page('');
  const fetched = browser.requests.map(([path]) => path);
  const lazy = (p) => p.endsWith('map.json') || p.endsWith('words.json') || /extras(_bg\.wasm|\.js)$/.test(p);
  assert.ok(!fetched.some(lazy), fetched.join(' '));
  await page.goto(`${browser.url}#/map`);
  await page.waitForSelector(`${LIVE} svg.map [data-place]`);
  for (const file of ['map.json', 'extras.js', 'extras_bg.wasm']) {
    assert.ok(browser.requests.some(([p, status]) => p.endsWith(file) && status === 200), file);
  }
  assert.deepEqual(page.errors, []);
});

test('a page of the module loaded on first use says so when it cannot load', async (browser) => {
  const page = await browser.page('');
  await page.route('**/extras_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${browser.url}#/words`);
  const alert = page.locator('main .load-failed[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /extras_bg\.wasm|404|fetch|WebAssembly/i);
  assert.equal(await page.getAttribute('main .extras-host', 'aria-busy'), null, 'not said to be loading still');
  // Once it can load, the next visit to the page works: the failure is not kept.
  await page.unroute('**/extras_bg.wasm');
  await page.goto(`${browser.url}#/`);
  await page.goto(`${browser.url}#/words`);
  await page.locator('[data-lemma]').first().waitFor();
});

test('every place with a point is a marker sized by its mentions; routes are lines', async (browser) => {
  const page = await browser.page('#/map');
  await page.waitForSelector('svg.map .marker');
  const markers = await page.$$eval('svg.map a.marker', (as) => as.map((a) => ({
    slug: a.dataset.place, n: Number(a.dataset.mentions), label: a.getAttribute('aria-label'),
    r: Number(a.querySelector('circle').getAttribute('r')), text: a.querySelector('text')?.textContent,
    href: a.getAttribute('href'),
  })));
  const mapped = places.filter((p) => p.lat !== undefined);
  assert.deepEqual(markers.map((m) => m.slug).sort(), mapped.map((p) => p.slug).sort());
  for (const m of markers) {
    const place = places.find((p) => p.slug === m.slug);
    assert.equal(m.n, counts[m.slug], m.slug);
    assert.ok(m.label.startsWith(place.name) && m.label.includes(String(m.n)), m.label);
    // The label is the shortest form the article uses; the accessible name the full one.
    assert.ok([place.name, ...place.aliases].includes(m.text), `${m.slug}: ${m.text}`);
    assert.ok(m.text.length <= place.name.length, m.slug);
    assert.equal(m.href, `place-${m.slug}.html`);
  }
  const r = Object.fromEntries(markers.map((m) => [m.slug, m.r]));
  assert.ok(r.azerbaijan > r.baku && r.baku > r.kazan, 'more mentions, a bigger marker');
  const routes = await page.$$eval('svg.map a.route', (as) => as.map((a) => ({
    slug: a.dataset.place, d: a.querySelector('path.route-line').getAttribute('d'),
    href: a.getAttribute('href'), text: a.querySelector('text')?.textContent,
  })));
  assert.deepEqual(routes.map((x) => x.slug).sort(), [...ROUTES].sort());
  for (const x of routes) {
    assert.match(x.d, /^M[\d.,]+L/, x.slug);
    assert.match(x.href, /^#\/p\/p\d+$/, x.slug);
    assert.ok(x.text, `${x.slug} is labelled`);
  }
  // The transit route and the corridor across the Caspian are two lines, each
  // opening the paragraph that names it, each listed with its own name.
  const route = (slug) => routes.find((x) => x.slug === slug);
  assert.notEqual(route('china-turkey-transit-route').d, route('east-west-corridor').d);
  assert.equal(route('china-turkey-transit-route').href, '#/p/p36');
  assert.equal(route('east-west-corridor').href, '#/p/p34');
  assert.notEqual(route('china-turkey-transit-route').text, route('east-west-corridor').text);
  for (const slug of ['china-turkey-transit-route', 'east-west-corridor']) {
    const name = places.find((p) => p.slug === slug).name;
    assert.equal(await page.getAttribute(`svg.map a[data-place="${slug}"]`, 'aria-label'), name);
    assert.equal(await page.textContent(`.route-keys a[href="place-${slug}.html"]`), name);
  }
  // Places without a point are listed beside the map.
  const listed = await page.$$eval('.unmapped a', (as) => as.map((a) => a.getAttribute('href')));
  for (const p of places.filter((p) => p.lat === undefined && !ROUTES.includes(p.slug))) {
    assert.ok(listed.includes(`place-${p.slug}.html`), p.slug);
  }
});

test('no two labels overlap as drawn at the default zoom', async (browser) => {
  for (const width of [1280, 360]) {
    const page = await browser.page('#/map', { width, height: 800 });
    await page.waitForSelector('svg.map text');
    const boxes = await page.$$eval('svg.map text', (ts) => ts.map((t) => {
      const b = t.getBoundingClientRect();
      return [b.left, b.top, b.right, b.bottom, t.textContent];
    }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        // A pixel of slack for anti-aliased edges.
        const overlap = a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1;
        assert.ok(!overlap, `${width}px: ${a[4]} / ${b[4]}`);
      }
    }
    // The edge of the view cuts no label: each is wholly in it, or wholly out.
    const frame = await page.$eval('svg.map', (svg) => {
      const b = svg.getBoundingClientRect();
      return [b.left, b.top, b.right, b.bottom];
    });
    for (const [l, t, r, b, text] of boxes) {
      const inside = l >= frame[0] - 1 && t >= frame[1] - 1 && r <= frame[2] + 1 && b <= frame[3] + 1;
      const outside = r <= frame[0] + 1 || l >= frame[2] - 1 || b <= frame[1] + 1 || t >= frame[3] - 1;
      assert.ok(inside || outside, `${width}px: ${text} is cut by the edge of the map`);
    }
  }
});

test('the keyboard zooms and pans the map; a marker opens its place', async (browser) => {
  const page = await browser.page('#/map');
  await page.waitForSelector('svg.map .marker');
  const [, , w0] = await viewBox(page);
  await page.focus('svg.map');
  await page.keyboard.press('+');
  const [x1, , w1] = await viewBox(page);
  assert.ok(Math.abs(w0 / w1 - 1.5) < 0.01, `${w0} → ${w1}`);
  await page.keyboard.press('ArrowRight');
  const [x2] = await viewBox(page);
  assert.ok(x2 > x1, 'the arrow moved the view east');
  await page.keyboard.press('-');
  assert.ok(Math.abs((await viewBox(page))[2] - w0) < 0.5);
  await page.click('.zoom button[aria-label="Жақындату"]');
  assert.ok((await viewBox(page))[2] < w0 - 1, 'the + button zooms in');
  // Keyboard: focus the marker, Enter opens the place.
  await page.focus('svg.map a[data-place="baku"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.place-page h1');
  assert.equal(await page.textContent('.place-page h1'), 'Баку');
  // The mouse: a click on a route goes to the paragraph that names it.
  await page.goto(`${browser.url}#/map`);
  await page.waitForSelector('svg.map a[data-place="tanap"]');
  const href = await page.getAttribute('svg.map a[data-place="tanap"]', 'href');
  await page.click('svg.map a[data-place="tanap"] text');
  await page.waitForFunction((h) => location.hash === h, href);
  assert.deepEqual(page.errors, []);
});

test('a decade shows the places its events name', async (browser) => {
  const page = await browser.page('#/map');
  await page.waitForSelector('svg.map .marker');
  await page.click('.decades button:has-text("1910")');
  await page.waitForFunction(() => location.hash === '#/map?decade=1910');
  const shown = await page.$$eval('svg.map a.marker:not(.dim)', (as) => as.map((a) => a.dataset.place));
  assert.ok(shown.includes('baku'), shown.join());
  assert.ok(!shown.includes('almaty'), 'Almaty is named only in recent years');
  const dim = await page.$$eval('svg.map a.dim', (as) => as.length);
  assert.ok(dim > 0);
});

/** Body words as the article has them, counted here independently. */
function bodyWords() {
  const texts = [];
  for (const s of article.sections) {
    if (s.title) texts.push(s.title);
    for (const b of s.blocks) texts.push(b.text ?? b.caption);
  }
  let n = 0;
  for (const text of texts) {
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu)];
    tokens.forEach((m, i) => {
      const prev = tokens[i - 1];
      const suffix = prev && text[m.index - 1] === '-' && prev.index + prev[0].length === m.index - 1
        && /^\p{Lu}{2,}$/u.test(prev[0]) && /^\p{Ll}+$/u.test(m[0]);
      if (!suffix) n += 1;
    });
  }
  return n;
}

test('the word list: counts add up, filters in any script, names link to pages', async (browser) => {
  const page = await browser.page('#/words');
  await page.waitForSelector('.word-list li[data-lemma]');
  const total = Number(await page.getAttribute('[data-total]', 'data-total'));
  const excluded = Number(await page.getAttribute('[data-excluded]', 'data-excluded'));
  assert.equal(total, bodyWords());
  const sum = await page.$$eval('.word-list li[data-lemma]', (ls) => ls.reduce((s, l) => s + Number(l.dataset.count), 0));
  assert.equal(sum, total - excluded);
  const stop = readFileSync('data/stopwords.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.match(await page.textContent('.stopwords summary'), new RegExp(`\\(${stop.length}\\)`));
  const firstCounts = await page.$$eval('.word-list li[data-lemma]', (ls) => ls.slice(0, 30).map((l) => Number(l.dataset.count)));
  assert.deepEqual(firstCounts, [...firstCounts].sort((a, b) => b - a), 'most frequent first');
  assert.equal(await page.getAttribute('li[data-lemma="әзербайжан"] a', 'href'), 'place-azerbaijan.html');
  assert.equal(await page.getAttribute('li[data-lemma="шоқай"] a', 'href'), 'person-mustafa-shokay.html');
  for (const typed of ['Azerb', 'азерб']) {
    await page.fill('.people-controls input', typed);
    await page.waitForFunction(() => document.querySelectorAll('.word-list li').length < 20);
    assert.ok(await page.$('li[data-lemma="әзербайжан"]'), typed);
  }
  await page.fill('.people-controls input', '');
  await page.click('.sort button:has-text("әліпби")');
  const heads = await page.$$eval('.word-list li a', (as) => as.slice(0, 400).map((a) => a.textContent.toLowerCase()));
  assert.ok(heads.findIndex((h) => h.startsWith('ә')) > heads.findLastIndex((h) => h.startsWith('а')), 'ә after а');
});

test('an entry opens every occurrence in context, the word marked and linked', async (browser) => {
  const page = await browser.page('#/words');
  await page.waitForSelector('li[data-lemma="газет"]');
  const n = Number(await page.getAttribute('li[data-lemma="газет"]', 'data-count'));
  await page.click('li[data-lemma="газет"] a');
  await page.waitForSelector('.kwic[data-lemma="газет"]');
  const lines = await page.$$eval('.kwic-line', (as) => as.map((a) => ({
    href: a.getAttribute('href'), marks: a.querySelectorAll('mark').length, word: a.querySelector('mark').textContent,
  })));
  assert.equal(lines.length, n);
  for (const l of lines) {
    assert.equal(l.marks, 1);
    assert.match(l.word, /^газет/);
    assert.match(l.href, /^#\/p\/p\d+$/);
  }
  const { href, word } = lines[0];
  await page.click(`.kwic-line[href="${href}"]`);
  const id = href.slice(4);
  await page.waitForFunction((i) => document.getElementById(i)?.classList.contains('marked'), id);
  assert.ok((await page.textContent(`#${id}`)).includes(word));
});

test('the overview answers who, where, when and what, every item linked', async (browser) => {
  const page = await browser.page('');
  await page.click('.topbar a[href="overview.html"]');
  // The live page, not its pre-rendered copy shown while the module loads.
  await page.waitForSelector(`${LIVE} .overview .top-words a`);
  await page.waitForSelector('.overview svg.map .marker');
  const hrefs = await page.$$eval('.overview a', (as) => as.map((a) => a.getAttribute('href')));
  const personLinks = hrefs.filter((h) => h.startsWith('person-'));
  assert.ok(personLinks.length >= 5);
  for (const h of personLinks) assert.ok(people.some((p) => `person-${p.slug}.html` === h), h);
  assert.equal(personLinks[0], 'person-heydar-aliyev.html', 'the most mentioned first');
  const decades = hrefs.filter((h) => h.startsWith('#/timeline?decade='));
  assert.ok(decades.length >= 5);
  assert.ok(hrefs.filter((h) => h.startsWith('place-')).length >= 10, 'the small map links places');
  assert.ok(hrefs.filter((h) => h.startsWith('#/words?w=')).length >= 10);
  for (const h of ['map.html', 'words.html', 'people.html', 'timeline.html']) assert.ok(hrefs.includes(h), h);
  assert.ok(await page.$('.overview .abstract p'), 'the abstract is shown');
  // Follow one of each kind.
  await page.click('.overview .decade-strip a >> nth=0');
  await page.waitForSelector('.timeline-page');
  await page.goBack();
  await page.waitForSelector('.overview .top-words a');
  await page.click('.overview .top-words a >> nth=0');
  await page.waitForSelector('.kwic');
  await page.goBack();
  await page.waitForSelector('.overview .top-people a');
  await page.click('.overview .top-people a >> nth=0');
  await page.waitForSelector('.person-page h1');
  assert.deepEqual(page.errors, []);
});

test('the people list opens on the most mentioned', async (browser) => {
  const page = await browser.page('#/people');
  const first = await page.$eval('[data-person].person-entry', (e) => e.dataset.person);
  assert.equal(first, 'heydar-aliyev');
});

test('ru: every count on the word list and the overview takes its plural form', async (browser) => {
  const page = await browser.page();
  await page.evaluate(() => localStorage.setItem('qazaq-reader.lang', 'ru'));
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  // Opened in the page, so that no reload cuts the word list's fetch short.
  await page.evaluate(() => { location.hash = '#/words'; });
  await page.waitForSelector(`${LIVE} .word-list li[data-lemma]`);
  const rules = new Intl.PluralRules('ru');
  const FORMS = {
    times: { one: 'раз', few: 'раза', many: 'раз' },
    words: { one: 'слово в статье', few: 'слова в статье', many: 'слов в статье' },
    left: { one: 'слово не учтено', few: 'слова не учтены', many: 'слов не учтено' },
    shown: { one: 'группа показана', few: 'группы показаны', many: 'групп показано' },
    paragraphs: { one: 'абзац', few: 'абзаца', many: 'абзацев' },
    mentions: { one: 'упоминание', few: 'упоминания', many: 'упоминаний' },
    events: { one: 'событие', few: 'события', many: 'событий' },
  };
  const check = (kind, n, word, text) => assert.equal(word, FORMS[kind][rules.select(Number(n))], `${text}`);
  const counts = await page.$$eval('.word-list .count', (cs) => cs.map((c) => c.textContent));
  const seen = new Set();
  for (const text of counts) {
    const [, n, word] = text.match(/^(\d+) (\S+)$/);
    check('times', n, word, text);
    seen.add(rules.select(Number(n)));
  }
  assert.deepEqual([...seen].sort(), ['few', 'many', 'one'], 'the list shows every category');
  const stats = await page.textContent('.words-page .stats');
  const [, total, totalWords, excluded, leftWords] = stats.match(/^(\d+) (.+?) · (\d+) (.+?) \(/);
  check('words', total, totalWords, stats);
  check('left', excluded, leftWords, stats);
  // 1, 2, 5 and 21 groups shown, as the filter narrows the list.
  const shown = async () => (await page.textContent('.words-page .shown')).match(/^(\d+) (.+)$/).slice(1);
  const [n, word] = await shown();
  check('shown', n, word, `${n} ${word}`);
  for (const typed of ['газет', 'Азерб', 'баку', 'қаза', 'а']) {
    await page.fill('.people-controls input', typed);
    await page.waitForFunction((t) => document.querySelector('.people-controls input').value === t, typed);
    const [m, w] = await shown();
    check('shown', m, w, `${typed}: ${m} ${w}`);
  }
  await page.evaluate(() => { location.hash = '#/overview'; });
  await page.waitForSelector(`${LIVE} .overview .top-people .count`);
  await page.waitForSelector('.overview .length p');
  const length = await page.textContent('.overview .length p');
  const [, words, wordsWord, paragraphs, paragraphsWord] = length.match(/^(\d+) (.+?) · (\d+) (\S+) · /);
  check('words', words, wordsWord, length);
  check('paragraphs', paragraphs, paragraphsWord, length);
  for (const text of await page.$$eval('.overview .top-people .count', (cs) => cs.map((c) => c.textContent))) {
    const [, m, w] = text.match(/^(\d+) (\S+)$/);
    check('mentions', m, w, text);
  }
  const bars = await page.$$eval('.decade-strip a', (as) => as.map((a) => a.getAttribute('aria-label')));
  assert.ok(bars.length >= 5);
  for (const label of bars) {
    const [, m, w] = label.match(/^\d{4}-е: (\d+) (\S+)$/);
    check('events', m, w, label);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});
