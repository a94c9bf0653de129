// Lighthouse (the pinned npm package) run through its CLI against Debian's Chromium:
// only lighthouse itself is a dependency; it finds the browser through CHROME_PATH
// (chrome-launcher) and downloads nothing. Asynchronous, because the process that
// calls it is also the server Lighthouse loads from.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/browser.mjs';

const require = createRequire(import.meta.url);
const CLI = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
export const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8')).version;

/**
 * One Lighthouse run of `url` (mobile preset unless `desktop`); resolves to the JSON
 * report, or to { error } when it could not run. `out` is a scratch file.
 */
export async function lighthouse(url, out, { desktop = false, categories = 'performance,accessibility,best-practices,seo', lang = null } = {}) {
  const flags = ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--headless'),
    ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [])].join(' ');
  rmSync(out, { force: true });
  const run = await new Promise((done) => {
    execFile(process.execPath, [CLI, url, '--quiet', '--output=json', `--output-path=${out}`,
      `--chrome-flags=${flags}`, `--only-categories=${categories}`, ...(desktop ? ['--preset=desktop'] : [])], {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000,
    }, (error, stdout, stderr) => done({ error, stderr }));
  });
  const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
  if (run.error || !report || report.runtimeError) {
    return { error: report?.runtimeError?.message ?? run.stderr?.trim().split('\n').pop() ?? run.error?.message };
  }
  return report;
}

/** The figures the side-by-side table shows, from one report. */
export function figures(report) {
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    transfer: audit('total-byte-weight'),
  };
}
