// Budgets report for the built site (dist/): what a first visit downloads, how soon
// the article's first paragraph is visible compared with a plain HTML page of the
// same article, and Lighthouse's scores. Prints figures next to the targets; it
// fails only when it cannot measure (no build, no browser, nothing rendered).
//   node tools/report.mjs [--runs 5] [--no-lighthouse]
// Targets: first visit ≤ 150 kB gzip, first paragraph ≤ 1.25× the plain page,
// Lighthouse ≥ 95 in every category.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { BASE, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/browser.mjs';

const TARGET_GZIP = 150_000; // bytes
const TARGET_RATIO = 1.25;
const TARGET_LIGHTHOUSE = 95;
const PLAIN = 'plain-article/';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const RUNS = Number(opts.runs);

function fail(message) {
  console.error(`report: ${message}`);
  process.exit(1);
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The article as one static HTML page: no script, the site's stylesheet, same ids. */
function plainPage(article) {
  const { meta, sections, bibliography } = article;
  const blocks = (section) => section.blocks.map((b) => (b.kind === 'paragraph'
    ? `<p id="${b.id}">${escape(b.text)}</p>`
    : `<figure id="${b.id}"><figcaption>${escape(b.caption)}</figcaption></figure>`)).join('\n');
  const entries = bibliography.entries.map((e) => `<li id="${e.id}">${escape(e.text)}${
    e.url ? ` <a href="${escape(e.url)}">${escape(e.url)}</a>` : ''}</li>`).join('\n');
  return `<!doctype html>
<html lang="${escape(meta.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(meta.title)}</title>
<link rel="stylesheet" href="../style.css">
</head>
<body>
<div class="layout"><main id="main"><article>
<header class="article-header">
<p class="author">${escape(meta.author)}</p>
<p class="position">${escape(meta.position)}</p>
<h1>${escape(meta.title)}</h1>
<p class="dedication">${escape(meta.dedication ?? '')}</p>
</header>
${sections.map((s) => `<section id="${s.id}">${s.title ? `<h2>${escape(s.title)}</h2>` : ''}\n${blocks(s)}</section>`).join('\n')}
<section id="${bibliography.id}" class="bibliography"><h2>${escape(bibliography.title)}</h2><ol>
${entries}
</ol></section>
</article></main></div>
</body>
</html>
`;
}

// Runs in the page before anything else (through DevTools, so the CSP does not
// apply), the same on both pages: tags the paragraph for the Element Timing API as
// soon as it is in the DOM (mutation observers run before the next paint) and
// keeps the time the browser reports painting it, in ms since navigation start.
const PROBE = (selector) => {
  new MutationObserver((_, observer) => {
    const el = document.querySelector(selector);
    if (!el) return;
    el.setAttribute('elementtiming', 'first-paragraph');
    observer.disconnect();
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

if (!existsSync('dist/index.html') || !existsSync('dist/sw.js')) fail('no build in dist/: run ./tools/build.sh first');
if (!existsSync(CHROMIUM_PATH)) fail(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);

const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
const firstParagraph = article.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph').id;

// One folder, one server: the build at the root, the plain page beside it.
const root = mkdtempSync(join(tmpdir(), 'qazaq-reader-report-'));
const site = join(root, 'site');
cpSync('dist', site, { recursive: true });
mkdirSync(join(site, PLAIN));
writeFileSync(join(site, PLAIN, 'index.html'), plainPage(article));
const { server, url } = await serve({ dir: site, base: BASE, port: 0 });

let exitCode = 0;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

  /** One cold load in a fresh context; the time the paragraph shows, and what was requested. */
  async function load(pageUrl) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addInitScript(PROBE, `#${firstParagraph}`);
      const page = await context.newPage();
      const requested = [];
      page.on('requestfinished', (r) => requested.push(r));
      await page.goto(pageUrl);
      await page.waitForFunction(() => window.firstParagraphAt !== undefined, null, { timeout: 30_000 });
      const at = await page.evaluate(() => window.firstParagraphAt);
      await page.waitForLoadState('networkidle');
      return { at, requested: requested.map((r) => r.url()) };
    } finally {
      await context.close();
    }
  }

  const app = [];
  const plain = [];
  let firstVisit;
  // One unmeasured load of each first: the very first load in a new browser also
  // pays for reading the browser's own files from disk.
  await load(url);
  await load(url + PLAIN);
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always gets a warmer machine.
    const order = i % 2 ? ['plain', 'app'] : ['app', 'plain'];
    for (const kind of order) {
      const result = await load(kind === 'app' ? url : url + PLAIN);
      (kind === 'app' ? app : plain).push(result.at);
      if (kind === 'app') firstVisit ??= result.requested;
    }
  }

  // Transfer: the build's files that the first visit requested, raw and gzip -9.
  const files = new Map();
  for (const requestUrl of firstVisit) {
    if (!requestUrl.startsWith(url)) continue;
    let name = new URL(requestUrl).pathname.slice(BASE.length);
    if (name === '' || name.endsWith('/')) name += 'index.html';
    const body = readFileSync(join('dist', name));
    files.set(name, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  const rows = [...files].sort((a, b) => b[1].gzip - a[1].gzip);
  const total = rows.reduce((t, [, f]) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const sw = readFileSync('dist/sw.js', 'utf8');
  const precached = Object.keys(JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(sw)[1]));
  const rest = ['sw.js', ...precached.filter((n) => !files.has(n))].map((n) => readFileSync(join('dist', n)));
  const restRaw = rest.reduce((t, b) => t + b.length, 0);
  const restGzip = rest.reduce((t, b) => t + gzipSync(b, { level: 9 }).length, 0);

  console.log(`\nBudgets report: dist/ served at ${url}\n`);
  console.log('First visit, files the page requested (bytes; gzip = zlib level 9):');
  console.log(`  ${pad('file', 24)}${lpad('raw', 10)}${lpad('gzip', 10)}`);
  for (const [name, f] of rows) console.log(`  ${pad(name, 24)}${lpad(f.raw, 10)}${lpad(f.gzip, 10)}`);
  console.log(`  ${pad(`total (${rows.length} files)`, 24)}${lpad(total.raw, 10)}${lpad(total.gzip, 10)}`);
  console.log(`  = ${kB(total.raw)} raw, ${kB(total.gzip)} gzip; target ≤ ${kB(TARGET_GZIP)} gzip: ${verdict(total.gzip <= TARGET_GZIP)}`);
  console.log(`  After it, the service worker also fetches sw.js and the ${rest.length - 1} files the page did not use:`);
  console.log(`  ${kB(restRaw)} raw, ${kB(restGzip)} gzip (the others it revalidates: 304, no body).\n`);

  const ratio = median(app) / median(plain);
  const ms = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`First paragraph (#${firstParagraph}) painted, ${RUNS} cold loads each after one unmeasured load`);
  console.log('(fresh context each, headless Chromium, 1280×900, localhost, no throttling):');
  console.log(`  app          median ${lpad(median(app).toFixed(0), 5)} ms   (${ms(app)})`);
  console.log(`  plain page   median ${lpad(median(plain).toFixed(0), 5)} ms   (${ms(plain)})`);
  console.log(`  ratio        ${ratio.toFixed(2)}×; target ≤ ${TARGET_RATIO}×: ${verdict(ratio <= TARGET_RATIO)}\n`);
  await browser.close();
} catch (error) {
  console.error(error);
  exitCode = 1;
}

if (exitCode === 0 && !opts['no-lighthouse']) {
  // The CLI, not the API, so only lighthouse itself is a dependency; it finds the
  // browser through CHROME_PATH (chrome-launcher) and downloads nothing. Run
  // asynchronously: this process is also the server Lighthouse is loading from.
  const require = createRequire(import.meta.url);
  const cli = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  const { version } = JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8'));
  const flags = ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--headless')].join(' ');
  for (const [label, extra] of [['mobile, simulated slow 4G', []], ['desktop', ['--preset=desktop']]]) {
    const out = join(root, `lighthouse-${extra.length}.json`);
    const run = await new Promise((done) => {
      execFile(process.execPath, [cli, url, '--quiet', '--output=json', `--output-path=${out}`,
        `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo', ...extra], {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000,
      }, (error, stdout, stderr) => done({ error, stderr }));
    });
    const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
    if (run.error || !report || report.runtimeError) {
      const why = report?.runtimeError?.message ?? run.stderr?.trim().split('\n').pop() ?? run.error?.message;
      console.log(`Lighthouse ${version} (${label}): could not run: ${why}`);
      continue;
    }
    const scores = Object.values(report.categories).map((c) => [c.title, Math.round(c.score * 100)]);
    const low = scores.filter(([, s]) => s < TARGET_LIGHTHOUSE).map(([t]) => t);
    console.log(`Lighthouse ${version} (${label}): ${scores.map(([t, s]) => `${t} ${s}`).join(', ')}; ` +
      `target ≥ ${TARGET_LIGHTHOUSE}: ${low.length ? `below in ${low.join(', ')}` : 'all within target'}`);
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

server.close();
rmSync(root, { recursive: true, force: true });
process.exit(exitCode);
