// Offline reading, on every visit: registers the service worker (sw.js), asks it to
// keep what the reader has seen and then the rest of the site, and offers a new
// deploy when one is waiting. boot.js imports this module once the page is idle
// after its first paint, so none of it competes with showing the article.
// What it has reached is on <html data-offline>: "seen" (the page, the app and its
// start-up data are kept: the page works offline), "all" (every file of the site),
// "seen-only" (Save-Data or a metered line: the rest is left, and a notice says so).
// Relative URLs only, so the site works from any sub-path.

/** Runs `then` when the browser is idle (at the latest after `timeout` ms). */
function whenIdle(then, timeout = 5000) {
  if ('requestIdleCallback' in self) requestIdleCallback(then, { timeout });
  else setTimeout(then, 0);
}

/**
 * Whether the reader's line asks to spare data: Save-Data on, or a cellular line
 * where the browser says so (Network Information API; Chromium only).
 */
function sparingData() {
  const line = navigator.connection;
  return line?.saveData === true || line?.type === 'cellular';
}

/** Sends `message` to `worker`; resolves to its answer (sw.js `answer`). */
function ask(worker, message) {
  return new Promise((answered) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => answered(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * The files of the site this page loaded (itself, its style, scripts, icons, and
 * whatever the app fetched if it ran), and the data a page of its own shows once
 * the app runs (`#app data-load`, see boot.js).
 */
function seen() {
  const scope = new URL('./', location.href).href;
  const shows = (document.getElementById('app')?.dataset.load ?? '').split(' ').filter(Boolean);
  const urls = [
    location.href,
    ...performance.getEntriesByType('resource').map((e) => e.name),
    ...shows.map((file) => new URL(file, scope).href),
  ];
  return urls.filter((url) => url.startsWith(scope));
}

const NOTE_DISMISSED = 'qazaq-reader.offline-note';

/** The small notice that only what was seen is kept offline; a button closes it for good. */
function tellSeenOnly(t) {
  try {
    if (localStorage.getItem(NOTE_DISMISSED) === '1') return;
  } catch { /* storage blocked: show it */ }
  if (document.getElementById('offline-note') || !t.offline_seen_only) return;
  const note = document.createElement('aside');
  note.id = 'offline-note';
  note.lang = t.lang;
  const text = document.createElement('p');
  text.id = 'offline-note-text';
  text.setAttribute('role', 'status');
  text.textContent = t.offline_seen_only; // text, never HTML
  // A landmark, named by its one line.
  note.setAttribute('aria-labelledby', text.id);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t.close ?? '×');
  close.addEventListener('click', () => {
    note.remove();
    try { localStorage.setItem(NOTE_DISMISSED, '1'); } catch { /* for this visit only */ }
  });
  note.append(text, close);
  document.body.append(note);
}

/** Keeps the site: what was seen at once, the rest when the page is idle again. */
async function keepSite(t) {
  const { active } = await navigator.serviceWorker.ready;
  if (!active) return;
  const html = document.documentElement;
  await ask(active, { keep: 'seen', urls: seen() });
  if (sparingData()) {
    html.dataset.offline = 'seen-only';
    tellSeenOnly(t);
    return;
  }
  html.dataset.offline = 'seen';
  await new Promise((idle) => whenIdle(idle));
  const { failed } = await ask(active, { keep: 'rest' });
  // Anything that failed is fetched again on the next visit.
  if (failed === 0) html.dataset.offline = 'all';
}

/**
 * Registers the service worker and keeps the site offline. `offerUpdate(worker)`
 * shows the new-version banner (boot.js); `strings()` the page's strings;
 * `downloads()` the app's downloads if they started (boot.js).
 */
export async function keepOffline({ offerUpdate, strings, downloads = () => null }) {
  if (!('serviceWorker' in navigator)) return;
  // The app is on its way (a deep link brings it at once): let it arrive first, so
  // the worker finds its files in the HTTP cache (a 304 each) instead of
  // downloading them a second time alongside.
  await downloads()?.catch(() => {});
  const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  if (!registration) return; // registration blocked (some test set-ups)
  // Without a controller this is the first install, not an update: nothing to offer.
  const installed = (worker) => {
    if (navigator.serviceWorker.controller) offerUpdate(worker);
  };
  const track = (worker) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') installed(worker);
    });
  };
  if (registration.waiting) installed(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // A tab left open for days still hears of new deploys when the reader returns to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
  await keepSite(strings());
}
