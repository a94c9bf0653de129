// Budgets report for the built site (dist/). Prints figures next to the targets; it
// fails only when it cannot measure (no build, no browser, nothing rendered).
//
//   node tools/report.mjs [--runs 5] [--cold-runs 3] [--no-lighthouse] [--dist dist]
//     what a first visit downloads, the Wasm's size, how soon the article's first
//     paragraph is visible next to a plain HTML page of it, the cold taps on a phone
//     (People, search, Map on slow 4G), Lighthouse mobile and desktop.
//   node tools/report.mjs --cold [--cold-runs 3] [--cold-cases People,Map]
//     the cold taps only (or those named: People, person, search, Map, Pagefind),
//     and the search's keystrokes (below; not when cases are named).
//   node tools/report.mjs --keys [--cold-runs 3]
//     the first search before the app (the small search runtime) on slow 4G, and the
//     search work per keystroke in the runtime and in the app, at 4× CPU.
//   node tools/report.mjs --peers [--lighthouse-runs 3] [--dist dist]
//     the first visit and the Wasm, then the app beside the same article as a plain page,
//     a Pagefind page and an mdBook book (Lighthouse mobile, median of 3 runs each), and
//     the app's long tasks in cold loads at 4× CPU, each cut into what ran in it.
//
// Targets: first visit ≤ 120 kB gzip, first paragraph ≤ 1.25× the plain page,
// Lighthouse ≥ 95 in every category (Performance ≥ 98 mobile beside the peers),
// no long task, a cold tap's result on screen within 1 s on slow 4G.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { BASE, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/browser.mjs';
import { buildMdbook, buildPagefind, buildPlain, MDBOOK_VERSION } from './report/pages.mjs';
import { figures, lighthouse, LIGHTHOUSE_VERSION } from './report/lighthouse.mjs';
import { coldLoadTasks, describe } from './report/longtasks.mjs';
import { coldTaps, printColdTaps } from './report/coldtap.mjs';
import { keystrokes, printKeystrokes } from './report/keystroke.mjs';

const TARGET_GZIP = 120_000; // bytes
// What src/view/quick_search.js fetches at the first focus on the search box.
const QUICK_SEARCH_FILES = new Set(['qazaq_search_bg.wasm', 'qazaq_search.js', 'quick_search.js',
  'article.json', 'translations/ru.json', 'translations/en.json']);
const TARGET_RATIO = 1.25;
const TARGET_LIGHTHOUSE = 95;
const TARGET_PERFORMANCE = 98;
const PLAIN = 'plain-article/';
const PAGEFIND = 'pagefind-article/';
const MDBOOK = 'mdbook-article/';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
    peers: { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    'cold-loads': { type: 'string', default: '3' },
    cold: { type: 'boolean', default: false },
    keys: { type: 'boolean', default: false },
    'cold-runs': { type: 'string', default: '3' },
    'cold-cases': { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});
const RUNS = Number(opts.runs);
const DIST = opts.dist;

function fail(message) {
  console.error(`report: ${message}`);
  process.exit(1);
}

// Runs in the page before anything else (through DevTools, so the CSP does not
// apply), the same on both pages: tags the paragraph for the Element Timing API as
// soon as it is in the DOM (mutation observers run before the next paint) and
// keeps the time the browser reports painting it, in ms since navigation start.
const PROBE = (selector) => {
  // Keeps watching: the app may write the body again (hydration, a late data
  // file) before the first paint, and the paragraph painted is then a new node.
  new MutationObserver(() => {
    const el = document.querySelector(selector);
    if (el && !el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', 'first-paragraph');
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === 'first-paragraph') window.firstParagraphAt ??= entry.renderTime || entry.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');
const gzip = (body) => gzipSync(body, { level: 9 }).length;

if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'sw.js'))) fail(`no build in ${DIST}/: run ./tools/build.sh first`);
if (!existsSync(CHROMIUM_PATH)) fail(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const firstParagraph = article.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph').id;

// One folder, one server (gzip, as GitHub Pages): the build at the root, the other
// pages of the article beside it, so every page pays the same for the same bytes.
const root = mkdtempSync(join(tmpdir(), 'qazaq-reader-report-'));
const site = join(root, 'site');
cpSync(DIST, site, { recursive: true });
buildPlain(article, join(site, PLAIN));
// Pagefind's first search is timed beside ours in every run (see coldtap.mjs).
buildPagefind(article, join(site, PAGEFIND));
if (opts.peers) {
  buildMdbook(article, join(site, MDBOOK), join(root, 'book'));
}
// With the caching GitHub Pages gives every file: a page loaded from another
// reuses its style sheet and scripts for ten minutes without asking again.
const { server, url } = await serve({ dir: site, base: BASE, port: 0, cacheControl: 'max-age=600' });

// A first visit differs with the browser's language: the pre-rendered page speaks
// Kazakh, so a Kazakh reader gets the app at the first touch, any other at once.
const LOCALES = [['Kazakh', 'kk-KZ'], ['English', 'en-US']];

/** One cold load in a fresh context, service worker blocked: when the paragraph shows, and what was requested. */
async function load(browser, pageUrl, locale = 'kk-KZ') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', locale });
  try {
    await context.addInitScript(PROBE, `#${firstParagraph}`);
    const page = await context.newPage();
    const requested = [];
    page.on('requestfinished', (r) => requested.push(r));
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.firstParagraphAt !== undefined, null, { timeout: 30_000 });
    const at = await page.evaluate(() => window.firstParagraphAt);
    // Until idle, without interaction: everything the first visit fetches.
    await page.waitForLoadState('networkidle');
    return { at, requested: requested.map((r) => r.url()) };
  } finally {
    await context.close();
  }
}

/** The build's files a first visit fetched, raw and gzip -9 (as served), largest first. */
function firstVisitFiles(requested) {
  const files = new Map();
  for (const requestUrl of requested) {
    if (!requestUrl.startsWith(url)) continue;
    let name = new URL(requestUrl).pathname.slice(BASE.length);
    if (name === '' || name.endsWith('/')) name += 'index.html';
    const body = readFileSync(join(DIST, name));
    files.set(name, { raw: body.length, gzip: gzip(body) });
  }
  return [...files].sort((a, b) => b[1].gzip - a[1].gzip);
}

function printFirstVisit(rows, language) {
  const total = rows.reduce((t, [, f]) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const names = new Set(rows.map(([n]) => n));
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = Object.keys(JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(sw)[1]));
  const rest = ['sw.js', ...precached.filter((n) => !names.has(n))].map((n) => readFileSync(join(DIST, n)));
  console.log(`First visit, browser in ${language}: every file fetched until idle, no interaction, service worker blocked`);
  console.log('(bytes; gzip = zlib level 9, as served):');
  console.log(`  ${pad('file', 24)}${lpad('raw', 10)}${lpad('gzip', 10)}`);
  for (const [name, f] of rows) console.log(`  ${pad(name, 24)}${lpad(f.raw, 10)}${lpad(f.gzip, 10)}`);
  console.log(`  ${pad(`total (${rows.length} files)`, 24)}${lpad(total.raw, 10)}${lpad(total.gzip, 10)}`);
  // The small search runtime comes at the first focus on the search box, not with
  // the first visit (src/view/quick_search.js): every byte counts here.
  const quick = rows.filter(([n]) => QUICK_SEARCH_FILES.has(n) && n.startsWith('qazaq_search'));
  console.log(`  = ${kB(total.raw)} raw, ${kB(total.gzip)} gzip until idle; target ≤ ${kB(TARGET_GZIP)} gzip: ${verdict(total.gzip <= TARGET_GZIP)}`);
  if (quick.length) console.log(`  (the search runtime was fetched without a focus on the box: ${quick.map(([n]) => n).join(', ')})`);
  console.log(`  After it, the service worker also fetches sw.js and the ${rest.length - 1} files the page did not use:`);
  console.log(`  ${kB(rest.reduce((t, b) => t + b.length, 0))} raw, ${kB(rest.reduce((t, b) => t + gzip(b), 0))} gzip `
    + '(the others it revalidates: 304, no body).');
  console.log('');
}

async function firstVisits(browser) {
  for (const [language, locale] of LOCALES) {
    await load(browser, url, locale); // warm the browser's own files
    printFirstVisit(firstVisitFiles((await load(browser, url, locale)).requested), language);
  }
  const wasm = readFileSync(join(DIST, 'qazaq_reader_bg.wasm'));
  console.log(`Wasm (qazaq_reader_bg.wasm): ${kB(wasm.length)} raw, ${kB(gzip(wasm))} gzip.\n`);
}

async function paragraphTiming(browser) {
  const app = [];
  const plain = [];
  // One unmeasured load of each first: the very first load in a new browser also
  // pays for reading the browser's own files from disk.
  await load(browser, url);
  await load(browser, url + PLAIN);
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always gets a warmer machine.
    const order = i % 2 ? ['plain', 'app'] : ['app', 'plain'];
    for (const kind of order) {
      const result = await load(browser, kind === 'app' ? url : url + PLAIN);
      (kind === 'app' ? app : plain).push(result.at);
    }
  }
  const ratio = median(app) / median(plain);
  const ms = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`First paragraph (#${firstParagraph}) painted, ${RUNS} cold loads each after one unmeasured load`);
  console.log('(fresh context each, headless Chromium in Kazakh, 1280×900, localhost, no throttling):');
  console.log(`  app          median ${lpad(median(app).toFixed(0), 5)} ms   (${ms(app)})`);
  console.log(`  plain page   median ${lpad(median(plain).toFixed(0), 5)} ms   (${ms(plain)})`);
  console.log(`  ratio        ${ratio.toFixed(2)}×; target ≤ ${TARGET_RATIO}×: ${verdict(ratio <= TARGET_RATIO)}\n`);
}

async function lighthouseScores() {
  const runs = [
    ['mobile, simulated slow 4G, browser in Kazakh', false, 'kk'],
    ['mobile, simulated slow 4G, browser in English', false, 'en'],
    ['desktop, browser in Kazakh', true, 'kk'],
    // One page of each kind the build writes for a route of its own (all from
    // one template and one renderer), mobile.
    ...['people.html', 'person-heydar-aliyev.html', 'places.ru.html', 'place-baku.en.html', 'timeline.html', 'about.en.html']
      .map((file) => [`mobile, simulated slow 4G, ${file}`, false, 'kk', file]),
  ];
  for (const [label, desktop, lang, path = ''] of runs) {
    const report = await lighthouse(url + path, join(root, 'lighthouse.json'), { desktop, lang });
    if (report.error) {
      console.log(`Lighthouse ${LIGHTHOUSE_VERSION} (${label}): could not run: ${report.error}`);
      continue;
    }
    const scores = Object.values(report.categories).map((c) => [c.title, Math.round(c.score * 100)]);
    // Performance has the budget's own target (98); the other categories ≥ 95.
    const low = scores.filter(([t, s]) => s < (t === 'Performance' ? TARGET_PERFORMANCE : TARGET_LIGHTHOUSE)).map(([t]) => t);
    console.log(`Lighthouse ${LIGHTHOUSE_VERSION} (${label}): ${scores.map(([t, s]) => `${t} ${s}`).join(', ')}; ` +
      `target Performance ≥ ${TARGET_PERFORMANCE}, others ≥ ${TARGET_LIGHTHOUSE}: ${low.length ? `below in ${low.join(', ')}` : 'all within target'}`);
    const audits = report.audits;
    const metric = (id) => audits[id]?.displayValue ?? '?';
    console.log(`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
      `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`);
    // What kept a category below 100, so the figure says where to look.
    const failing = Object.values(report.categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && audits[r.id]?.score !== null && audits[r.id]?.score < 1)
        .map((r) => `${c.id}: ${r.id}`));
    if (failing.length) console.log(`  not passed: ${failing.join(', ')}`);
  }
}

/** Lighthouse mobile, median of N runs per figure, for the app and each peer page, as a Markdown table. */
async function peersTable() {
  const runs = Number(opts['lighthouse-runs']);
  const pages = [
    ['plain static HTML, no script', PLAIN],
    ['Pagefind page', PAGEFIND],
    [`mdBook ${MDBOOK_VERSION}`, MDBOOK],
    ['**this app**', ''],
    ['this app, browser in English', '', 'en'],
  ];
  const results = new Map(pages.map(([label]) => [label, []]));
  // Round-robin, so a busy moment of the machine does not fall on one page only.
  for (let i = 0; i < runs; i++) {
    for (const [label, path, lang = 'kk'] of pages) {
      const report = await lighthouse(url + path, join(root, 'lighthouse.json'), { categories: 'performance', lang });
      if (report.error) fail(`Lighthouse could not run on ${label}: ${report.error}`);
      results.get(label).push(figures(report));
    }
  }
  const med = (list, key) => median(list.map((f) => f[key]));
  console.log(`Beside the peers: Lighthouse ${LIGHTHOUSE_VERSION} mobile (simulated slow 4G, 4× CPU), median of ${runs} runs`);
  console.log(`per figure, one server with gzip, the browser in Kazakh unless said (load average ${loadavg()[0].toFixed(1)} at the end);`);
  console.log(`target Performance ≥ ${TARGET_PERFORMANCE}, TBT ≤ 50 ms, LCP ≤ 1.3 s:\n`);
  console.log('| page (the same article) | Performance | FCP | LCP | TBT | transfer |');
  console.log('|---|---|---|---|---|---|');
  for (const [label] of pages) {
    const list = results.get(label);
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`| ${label} | ${med(list, 'performance')} | ${s(med(list, 'fcp'))} | ${s(med(list, 'lcp'))} | `
      + `${med(list, 'tbt').toFixed(0)} ms | ${(med(list, 'transfer') / 1000).toFixed(0)} KB |`);
  }
  console.log(`\n(Performance per run: ${pages.map(([label]) => `${label.replace(/\*/g, '')} `
    + results.get(label).map((f) => f.performance).join('/')).join('; ')})\n`);
}

async function longTasks(browser) {
  const loads = Number(opts['cold-loads']);
  console.log(`The app's long tasks (> 50 ms), ${loads} cold loads, 412×823, CPU slowed 4×, no service worker, the app brought by a mouse move after the load,`);
  console.log('each cut into start (start()), hydration (to data-app="ready"), index, other:');
  for (let i = 0; i < loads; i++) {
    const { tasks, ready } = await coldLoadTasks(browser, url);
    const total = tasks.reduce((t, x) => t + x.duration, 0);
    console.log(`  load ${i + 1}: app ready at ${ready?.toFixed(0) ?? '?'} ms; ${tasks.length} long task(s), ${total.toFixed(0)} ms in all`);
    for (const task of tasks) console.log(`    ${describe(task)}`);
  }
  console.log('');
}

let exitCode = 0;
try {
  // Timings on a busy machine are longer: say how busy it was.
  const load1 = loadavg()[0].toFixed(1);
  console.log(`\nBudgets report: ${DIST}/ served at ${url}; ${cpus().length} CPUs, load average ${load1} at the start\n`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    if (opts.peers) {
      await firstVisits(browser);
      await longTasks(browser);
    } else if (opts.keys) {
      printKeystrokes(await keystrokes(browser, url, { runs: Number(opts['cold-runs']) }));
    } else {
      if (!opts.cold) {
        await firstVisits(browser);
        await paragraphTiming(browser);
      }
      const only = opts['cold-cases']?.split(',');
      printColdTaps(await coldTaps(browser, url, { runs: Number(opts['cold-runs']), pagefind: PAGEFIND, only }));
      if (!only) printKeystrokes(await keystrokes(browser, url, { runs: Number(opts['cold-runs']) }));
    }
  } finally {
    await browser.close();
  }
  if (opts.peers) await peersTable();
  else if (!opts['no-lighthouse'] && !opts.cold && !opts.keys) await lighthouseScores();
} catch (error) {
  console.error(error);
  exitCode = 1;
}

server.close();
rmSync(root, { recursive: true, force: true });
process.exit(exitCode);
