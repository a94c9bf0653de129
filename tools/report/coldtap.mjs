// Cold taps on a phone: how long a reader waits from a tap on People, the first
// keystroke of a search or a tap on Map to the result on screen, in a first visit
// on Lighthouse's mobile slow-4G profile (the rule: under 1 s).
//
// Each run is a fresh browser context (empty cache, service worker blocked), 412×823
// at 1.75× (Lighthouse's phone), touch, Kazakh, CPU slowed 4×. On that width the top
// bar's links are hidden and the menu (☰) carries them, so a tap on People is ☰ then
// People, and the clock starts at the tap on ☰. Only DOM selectors and the network
// events of the DevTools protocol are used: nothing depends on the build's file names.
//
//   first paint   the reader acts as soon as the page is painted, before the app
//                 says it is ready (`<html data-app="ready">`). What the app did not
//                 take up, the reader does again as soon as it is ready: ☰ if the menu
//                 is shut, the word if the box does not hold it (the notes say how often).
//   after a touch the reader has touched the page first (a short swipe, as when
//                 reading on): the app, which comes at the reader's first touch, is
//                 ready and the network idle when the reader acts.
//
// Times are the page's own: from the event's timeStamp (the tap's pointerdown, the
// first keydown) to the animation frame that first shows the result, so input that
// waits behind a long task is counted (the frame's time is read in its callback, as
// the callback's own argument is the frame's begin time, which can come before the
// task that drew the result). Search's result: results for the letters typed
// so far (А, Аб, …), not for a fragment left by lost keys; a note gives the whole word's.
// Bytes: every request started between the tap and the result, as transferred
// (encoded, headers included).

const TARGET_MS = 1000;
const TIMEOUT_MS = 20_000; // a result not shown by then counts as not shown

// Lighthouse's mobile slow-4G profile (150 ms RTT, 1.6 Mbps down, 750 kbps up) as
// Lighthouse itself applies it through the DevTools protocol (its `devtools`
// throttling, lantern's constants): latency × 3.75 and throughput × 0.9, because the
// protocol adds the latency once per request, not per round trip. Exactly:
//   latency 150 × 3.75 = 562.5 ms
//   down    1.6 × 1024 × 0.9 = 1474.56 kbit/s → floor(1474.56 × 1024 / 8) = 188743 bytes/s
//   up      750 × 0.9 = 675 kbit/s            → floor(675 × 1024 / 8)     =  86400 bytes/s
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 188_743, uploadThroughput: 86_400 };
const CPU_SLOWDOWN = 4;

const WORD = 'Абай';
const FOCUS_MS = 300; // from the tap on the box to the first key (the keyboard comes up)
const KEY_MS = 150; // between keys

const MENU = '.menu-button';
const MENU_OPEN = '.sidebar.open .indexes';
const menuLink = (href) => `${MENU_OPEN} a[href="${href}"]`;

/**
 * Runs in the page before its scripts: the first tap and keystroke, the first paint,
 * when the app became ready, and the frame in which each of `results` (selectors)
 * first matched. All in ms on the page's clock.
 */
const PROBE = (results) => {
  const html = () => document.documentElement;
  const cold = (window.cold = { shown: results.map(() => undefined), shownWall: results.map(() => undefined) });
  // A tap that loads another page (a link to People's own page) is timed on from
  // the page it was made on: its time is kept for the tab.
  for (const name of ['tap', 'key']) {
    try { cold[name] = JSON.parse(sessionStorage.getItem(`cold.${name}`)) ?? undefined; } catch { /* none */ }
  }
  // timeStamp: when the input came, even if it waited behind a long task to be handled.
  const first = (name) => (e) => {
    if (cold[name]) return;
    cold[name] = { at: e.timeStamp, wall: performance.timeOrigin + e.timeStamp };
    sessionStorage.setItem(`cold.${name}`, JSON.stringify(cold[name]));
  };
  addEventListener('pointerdown', first('tap'), true);
  addEventListener('keydown', first('key'), true);
  addEventListener('beforeinput', first('key'), true); // a key that comes without a keydown
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) cold.paint ??= performance.now();
  }).observe({ type: 'paint', buffered: true });
  // Every kind of change: the app may only rewrite an attribute (data-query) or a text.
  new MutationObserver(() => {
    if (cold.ready === undefined && html()?.dataset.app === 'ready') {
      cold.ready = performance.now();
      cold.readyWall = performance.timeOrigin + cold.ready;
    }
    results.forEach((selector, i) => {
      if (cold.shown[i] !== undefined || !document.querySelector(selector)) return;
      cold.shown[i] = null;
      // The clock read in the frame's callback, not the callback's argument: that is the
      // frame's begin time, which can lie before the task that drew the result.
      requestAnimationFrame(() => { cold.shown[i] = performance.now(); cold.shownWall[i] = performance.timeOrigin + cold.shown[i]; });
    });
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
};

/** A finger on the middle of the first visible match (no waiting for the page to be idle). */
async function tap(page, selector) {
  await page.waitForSelector(selector, { state: 'visible', timeout: TIMEOUT_MS });
  const box = await page.locator(selector).first().boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Whether the reader's first tap or key (`from`) came before the app was ready; if so,
 * waits until it is and two frames more, for the app to handle input that waited.
 */
async function early(page, from) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: TIMEOUT_MS });
  if (await page.evaluate((from) => window.cold.ready <= window.cold[from].at, from)) return false;
  await page.evaluate(() => new Promise((frames) => requestAnimationFrame(() => requestAnimationFrame(frames))));
  return true;
}

/**
 * ☰, which opens before the app runs (boot.js); tapped again as soon as the app is
 * ready if the first tap did nothing. True if so.
 */
async function openMenu(page) {
  await tap(page, MENU);
  await page.waitForFunction((open) => document.querySelector(open)
    || document.documentElement.dataset.app === 'ready', MENU_OPEN, { timeout: TIMEOUT_MS });
  if (await page.$(MENU_OPEN)) return false;
  await page.evaluate(() => new Promise((frames) => requestAnimationFrame(() => requestAnimationFrame(frames))));
  if (await page.$(MENU_OPEN)) return false;
  await tap(page, MENU);
  return true;
}

/** Keys as a phone's keyboard sends them: keydown with the character, keyup. */
async function type(page, cdp, text) {
  await page.waitForTimeout(FOCUS_MS);
  for (const key of text) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
    await page.waitForTimeout(KEY_MS);
  }
}

const PEOPLE = '.people-index .person-entry';
const PERSON = '.person-page .mentions';
// Results for what the reader has typed so far (А, Аб, …): not for a fragment.
const RESULTS = [...WORD].map((_, i) => `.search-results[data-query="${WORD.slice(0, i + 1)}"] .result`).join(', ');
const MARKERS = 'svg.map [data-place]';

/** Each action resolves to whether the reader had to do it again once the app was ready. */
const CASES = [
  // A plain link to People's own page: timed to that page's list on screen.
  { name: 'People', result: PEOPLE, from: 'tap', act: (page) => viaMenu(page, 'people.html') },
  {
    name: 'person',
    start: 'people.html',
    result: PERSON,
    from: 'tap',
    act: async (page) => { await tap(page, '.person-entry h2 a'); return false; },
  },
  {
    name: 'search',
    result: RESULTS,
    extra: `.search-results[data-query="${WORD}"] .result`, // the whole word's results
    from: 'key',
    act: async (page, cdp) => {
      await tap(page, '#search');
      await type(page, cdp, WORD);
      if (!(await early(page, 'key'))) return false;
      // Keys typed before the app ran may be gone from the box once it runs: the
      // reader selects what is there and types the word again.
      const lost = await page.evaluate((word) => {
        const box = document.getElementById('search');
        if (box.value === word) return false;
        box.select();
        return true;
      }, WORD);
      if (lost) await type(page, cdp, WORD);
      return lost;
    },
  },
  { name: 'Map', result: MARKERS, from: 'tap', act: (page) => viaMenu(page, 'map.html') },
];

/** A short upward swipe on the text, as a reader reading on. */
async function swipe(cdp) {
  const at = (y) => [{ x: 200, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(600) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(560) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function viaMenu(page, hash) {
  const again = await openMenu(page);
  await tap(page, menuLink(hash));
  return again;
}

/** One cold visit: the reader's action at first paint or after a first touch. */
async function once(browser, url, { result, from, act, extra, start: first = '#/' }, atFirstPaint) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true,
    locale: 'kk-KZ', serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(PROBE, [result, ...(extra ? [extra] : [])]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { wall: e.wallTime * 1000, bytes: 0, done: false }));
    const finished = (bytes) => (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { bytes: bytes(e), done: true });
    };
    cdp.on('Network.loadingFinished', finished((e) => e.encodedDataLength));
    cdp.on('Network.loadingFailed', finished(() => 0));
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${url}${first}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.cold.paint !== undefined, null, { timeout: 60_000 });
    if (!atFirstPaint) {
      await swipe(cdp);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      // The probe counts from the reader's first tap: the swipe was not it.
      await page.evaluate(() => { delete window.cold.tap; });
    }
    const origin = await page.evaluate(() => performance.timeOrigin);
    const again = await act(page, cdp);
    const shownAt = (i) => page.waitForFunction((i) => window.cold.shown[i], i, { timeout: TIMEOUT_MS }).then(() => true, () => false);
    const shown = await shownAt(0);
    // Not shown: what the box holds and what the results are for say why.
    const box = extra && !(await shownAt(1)) ? await page.evaluate(() => `the box holds «${document.getElementById('search').value}», `
      + `the results are for «${document.querySelector('.search-results')?.dataset.query ?? ''}»`) : undefined;
    const cold = await page.evaluate(() => window.cold);
    // A link followed without the app loads the route's own page.
    const loaded = (await page.evaluate(() => performance.timeOrigin)) !== origin;
    const start = cold[from];
    // On the page's clock where it stayed; by the wall clock across a page loaded.
    const since = (t, wall) => (loaded ? wall - start.wall : t - start.at);
    const run = {
      loaded,
      early: !(cold.ready <= start.at) || loaded,
      again,
      ready: since(cold.ready, cold.readyWall),
      ms: shown ? since(cold.shown[0], cold.shownWall[0]) : null,
    };
    if (extra) run.extra = cold.shown[1] ? `${since(cold.shown[1], cold.shownWall[1]).toFixed(0)} ms` : `not shown (${box})`;
    // What the result cost: the requests started after the tap and before it showed.
    const end = shown ? start.wall + run.ms : Infinity;
    const paid = [...requests.values()].filter((r) => r.wall >= start.wall && r.wall <= end);
    for (let waited = 0; paid.some((r) => !r.done) && waited < TIMEOUT_MS; waited += 100) await page.waitForTimeout(100);
    return { ...run, bytes: paid.reduce((t, r) => t + r.bytes, 0), requests: paid.length };
  } finally {
    await context.close();
  }
}

/**
 * The same first search on the Pagefind page (the plain article with Pagefind's
 * default search UI), which has no app: its results are Pagefind's own list.
 */
const pagefindCase = (path) => ({
  name: 'Pagefind',
  start: path,
  result: '.pagefind-ui__result',
  from: 'key',
  firstPaintOnly: true,
  act: async (page, cdp) => {
    await tap(page, '.pagefind-ui__search-input');
    await type(page, cdp, WORD);
    return false;
  },
});

/**
 * Every case (or those named in `only`), at first paint and after a touch, `runs` times
 * each, taken in turn so a busy moment spreads.
 */
export async function coldTaps(browser, url, { runs = 3, pagefind, only } = {}) {
  const rows = [];
  const all = [...CASES, ...(pagefind ? [pagefindCase(pagefind)] : [])];
  for (const kase of all.filter((k) => !only || only.includes(k.name))) {
    if (kase.firstPaintOnly) {
      rows.push({ kase, atFirstPaint: true, runs: [] });
      continue;
    }
    for (const atFirstPaint of kase.readyOnly ? [false] : [true, false]) rows.push({ kase, atFirstPaint, runs: [] });
  }
  for (let i = 0; i < runs; i++) {
    for (const row of rows) row.runs.push(await once(browser, url, row.kase, row.atFirstPaint));
  }
  return rows;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x === null || Number.isNaN(x) ? 'not shown' : `${x.toFixed(0)} ms`);

const ACTIONS = {
  People: 'tap ☰, then People',
  person: 'on People, tap a person',
  Pagefind: `Pagefind's page (for comparison): tap its search box, type «${WORD}»`,
  search: `tap the search box, type «${WORD}»`,
  Map: 'tap ☰, then Map',
};

const AGAIN = {
  People: '☰ did nothing before the app was ready; tapped again as soon as it was',
  search: `the box did not hold «${WORD}» once the app was ready (keys typed before were lost); typed again`,
};

/** The rows as a Markdown table, with notes on what the reader had to do again. */
export function printColdTaps(rows) {
  console.log('Cold taps on a phone: from the tap (search: the first keystroke) to the result on screen');
  console.log(`(search: results for the letters typed so far), in a first visit: slow 4G as Lighthouse applies it`);
  console.log(`(${SLOW_4G.latency} ms per request, 1474.6 kbit/s down, 675 kbit/s up), CPU slowed ${CPU_SLOWDOWN}×, 412×823,`);
  console.log(`a fresh context each (empty cache, no service worker); median of ${rows[0].runs.length} runs; target ≤ ${TARGET_MS} ms:\n`);
  console.log('| reader | when | result on screen | runs | app ready after the tap | fetched after the tap | ≤ 1 s |');
  console.log('|---|---|---|---|---|---|---|');
  const notes = [];
  for (const { kase, atFirstPaint, runs } of rows) {
    // A run whose result never showed counts as the slowest.
    const times = runs.map((r) => r.ms ?? Infinity);
    const med = median(times);
    const when = atFirstPaint ? 'at first paint' : 'after a first touch';
    // No app on the page the result is on (a page of its own, Pagefind's): no figure.
    const readies = runs.map((r) => r.ready).filter((r) => Number.isFinite(r));
    const ready = atFirstPaint && readies.length ? ms(median(readies)) : '—';
    const bytes = median(runs.map((r) => r.bytes));
    const requests = median(runs.map((r) => r.requests));
    const fetched = `${(bytes / 1000).toFixed(1)} kB, ${requests} request${requests === 1 ? '' : 's'}`;
    console.log(`| ${ACTIONS[kase.name]} | ${when} | ${Number.isFinite(med) ? ms(med) : 'not shown'} | `
      + `${runs.map((r) => ms(r.ms)).join(', ')} | ${ready} | ${fetched} | ${med <= TARGET_MS ? 'yes' : '**no**'} |`);
    const late = runs.filter((r) => atFirstPaint && !r.early).length;
    if (late) notes.push(`${kase.name} at first paint: ${late} of ${runs.length} taps came after the app was ready.`);
    const again = runs.filter((r) => r.again).length;
    if (again) notes.push(`${kase.name} ${when}: ${AGAIN[kase.name]} in ${again} of ${runs.length} runs.`);
    if (runs[0].extra !== undefined) notes.push(`${kase.name} ${when}: results for the whole word «${WORD}» at `
      + `${runs.map((r) => r.extra).join(', ')} (keys ${KEY_MS} ms apart).`);
  }
  console.log(notes.length ? `\n${notes.join('\n')}\n` : '');
}
