// The app's long tasks (over 50 ms on the main thread) in a cold load at 4× CPU
// slowdown, each cut into what ran in it, from the User Timing entries the app makes:
//   data       boot.js's 'app-data' measure: the start-up files handed to the Wasm, one a task;
//   start      boot.js's 'app-start' measure: `start()`, the library built and hydration begun;
//   hydration  from the end of `start()` to `<html data-app="ready">` (Yew runs its
//              first render and the effects in microtasks right after `start()` returns);
//   index      any measure whose name says index or search;
//   other      the rest of the task (parsing, compiling, the browser's own work),
//              or a measure of another name, shown by its name.

import { reach } from '../../tests/browser/browser.mjs';

/** Runs in the page before its scripts: records long tasks and when the app is ready. */
const PROBE = () => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask' });
  // On the document: <html> may not exist yet when this runs.
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.app !== 'ready') return;
    performance.mark('report:app-ready');
    observer.disconnect();
  }).observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
};

const QUIET_MS = 3000; // idle: this long without a new long task once the app is ready

function category(name) {
  if (/hydrat/i.test(name)) return 'hydration';
  if (/index|search/i.test(name)) return 'index';
  if (name.startsWith('app-data')) return 'data';
  if (name === 'app-start' || /^start|library/i.test(name)) return 'start';
  return name;
}

/**
 * Splits each long task over the labelled intervals, the first listed winning where
 * they overlap; what none covers is 'other'.
 */
export function attribute(tasks, intervals) {
  return tasks.map((task) => {
    const parts = {};
    let free = [[task.start, task.end]]; // not yet attributed
    for (const { label, start, end } of intervals) {
      const next = [];
      for (const [a, b] of free) {
        const from = Math.max(a, start);
        const to = Math.min(b, end);
        if (to <= from) {
          next.push([a, b]);
          continue;
        }
        parts[label] = (parts[label] ?? 0) + (to - from);
        if (a < from) next.push([a, from]);
        if (to < b) next.push([to, b]);
      }
      free = next;
    }
    const other = free.reduce((t, [a, b]) => t + b - a, 0);
    if (other >= 0.5) parts.other = other;
    return { start: task.start, duration: task.end - task.start, parts };
  });
}

/**
 * One cold load of `url` in a fresh context (no service worker) at `cpu`× slowdown.
 * The app comes when the reader first reaches for the page: the reader moves the
 * mouse once the page has loaded, so every start-up task of the app is counted.
 */
export async function coldLoadTasks(browser, url, { cpu = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block', locale: 'kk-KZ' });
  try {
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url);
    await reach(page);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60_000 });
    // Until idle: no new long task for QUIET_MS.
    let seen = -1;
    for (;;) {
      const count = await page.evaluate(() => window.longTasks.length);
      if (count === seen) break;
      seen = count;
      await page.waitForTimeout(QUIET_MS);
    }
    const { tasks, measures, ready } = await page.evaluate(() => ({
      tasks: window.longTasks,
      measures: performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, end: m.startTime + m.duration })),
      ready: performance.getEntriesByName('report:app-ready')[0]?.startTime,
    }));
    const intervals = measures.map((m) => ({ label: category(m.name), start: m.start, end: m.end }));
    const started = measures.find((m) => m.name === 'app-start');
    // After the app's own measures, so theirs win where they say more.
    if (started && ready > started.end) intervals.push({ label: 'hydration', start: started.end, end: ready });
    return { tasks: attribute(tasks, intervals), ready };
  } finally {
    await context.close();
  }
}

/** "312 ms at 1840 ms: start 88, hydration 214, other 10" */
export function describe(task) {
  const parts = Object.entries(task.parts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`);
  return `${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms: ${parts.join(', ')}`;
}
