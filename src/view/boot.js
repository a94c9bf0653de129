// Loads the Wasm app, the article, the people, the places and where the article names
// the people (worked out at build time) in parallel, when the page first needs them
// (see `pageNeedsApp` and `reach` at the end). The browser
// parses the JSON (`response.json()`), and the app converts the parsed value into Rust types.
// Offline reading is offline.js, loaded when the page is idle (end of this file).
// Relative URLs only, so the site works from any sub-path.
// The app's module is imported inside the `try` below (a dynamic import): a static
// import that fails (404, wrong MIME type, offline with the file missing) would stop
// this module before any of it runs, and the page would look fine but do nothing.

// Said first: prefs.js shows its notice when this module never ran.
document.documentElement.dataset.boot = 'ok';

/**
 * A stored value; null when there is none, storage is blocked or throws, or a
 * stand-in's `getItem` hands back something other than a string.
 */
function stored(key) {
  try {
    const value = localStorage.getItem(key);
    return typeof value === 'string' ? value : null;
  } catch { return null; }
}

/** A JSON data block the build wrote into the page; null when missing or unreadable. */
function dataBlock(id) {
  try { return JSON.parse(document.getElementById(id)?.textContent ?? 'null'); } catch { return null; }
}

/**
 * This page's strings in the reader's language: the one chosen in the settings, else the
 * first of the browser's that the app speaks, else Kazakh (as the app decides). The build
 * writes every language's strings from src/view/strings.rs into the page as a JSON block.
 */
function pageStrings() {
  // A page without the block: the keys are left as they are.
  const table = dataBlock('strings') ?? {};
  for (const tag of [stored('qazaq-reader.lang'), ...(navigator.languages ?? [navigator.language])]) {
    const code = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (table[code]) return { lang: code, ...table[code] };
  }
  return { lang: 'kk', ...table.kk };
}

/**
 * The error box, with a button that loads the page again: one line, what is
 * missing (search, the indexes) and what still works (the text, its links; see
 * prefs.js, which follows the section and paragraph links without the app).
 */
function showError(error) {
  document.documentElement.dataset.app = 'failed';
  if (document.getElementById('fatal')) return;
  const t = pageStrings();
  const box = document.createElement('div');
  box.id = 'fatal';
  box.lang = t.lang;
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = `${t.app_unavailable ?? ''} (${error})`; // text, never HTML
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = t.update_button ?? '↻';
  retry.addEventListener('click', () => location.reload());
  box.append(text, retry);
  document.body.prepend(box);
}

async function loadJson(name) {
  const response = await fetch(`./${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.json();
}

/**
 * A banner saying a new version is ready; its button switches to it and reloads.
 * Exported so the accessibility test can show the real banner without a second deploy.
 */
export function offerUpdate(worker) {
  if (document.getElementById('update')) return;
  const t = pageStrings();
  const banner = document.createElement('aside');
  banner.id = 'update';
  banner.lang = t.lang;
  banner.setAttribute('aria-label', t.update_label);
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.textContent = `${t.update_ready} — `;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t.update_button;
  button.addEventListener('click', () => {
    button.disabled = true;
    // Another tab may have switched already: the new worker is active and controls
    // this page too (it claims every tab), so all that is left is to reload.
    if (worker.state === 'activated' || navigator.serviceWorker.controller === worker) {
      location.reload();
      return;
    }
    // Reload once the new worker has taken over, so the page and its files match.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage('SKIP_WAITING');
  });
  text.append(button);
  banner.append(text);
  document.body.append(banner);
}

// Printing: the page's address in the print-only header, as it is at that moment
// (the route lives in the hash). Text only.
addEventListener('beforeprint', () => {
  const address = document.getElementById('print-address');
  if (address) address.textContent = location.href;
});

/** The data the app was started with, for the module loaded on first use. */
let startData = null;

// Listening before the app starts: a deep link to the map asks at once.
// The map, the word list, the overview and "Cite this" are a second Wasm module,
// loaded the first time one of them is wanted (then kept by the service worker).
let extras = null;
let extrasReady = false;
function loadExtras() {
  extras ??= import('./extras.js').then(async (module) => {
    await module.default();
    module.init(...startData);
    extrasReady = true;
    return module;
  });
  // A failed load can be tried again on the next request.
  extras.catch(() => { extras = null; });
  return extras;
}

// Until the module comes (about 260 kB), the host shows the route's own page as
// the build wrote it (map.html: a few kB), as a reader without the app sees it:
// its nodes, parsed apart and imported, never markup put in as a string.
async function showPrerendered(host) {
  const { file, hash } = host.dataset;
  try {
    const response = await fetch(file);
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const copy = page.querySelector('.extras-host');
    // Only over the "loading" it replaces: not once the reader moved on or the module came.
    if (!copy || extrasReady || !host.isConnected || host.dataset.hash !== hash || !host.querySelector(':scope > .loading')) return;
    host.replaceChildren(...[...copy.childNodes].map((node) => document.importNode(node, true)));
    // Until the module's page has replaced it once drawn (extras.rs), which takes
    // both away: its controls do nothing yet.
    host.dataset.copy = '';
    host.setAttribute('aria-busy', 'true');
  } catch {
    // The module still comes; this only showed the page sooner.
  }
}

/** What the host shows when the module could not be loaded. Text only. */
function extrasFailed(host, error) {
  console.error(error);
  const t = pageStrings();
  const text = document.createElement('p');
  text.className = 'load-failed';
  text.setAttribute('role', 'alert');
  text.textContent = `${t.load_failed ?? ''} (${error})`;
  host.replaceChildren(text);
  delete host.dataset.copy;
  host.removeAttribute('aria-busy');
}

// The app asks for a page of that module: its route and language are on the host.
document.addEventListener('qazaq:extras', (event) => {
  const host = event.target;
  // Only on the way from a page the app runs: a page the app starts on (a deep
  // link) is drawn as the app starts it, and the module is asked for at once.
  if (running && !extrasReady && host.dataset.file) showPrerendered(host);
  loadExtras()
    .then((module) => {
      // The reader may have moved on while it loaded.
      if (host.isConnected) module.mount(host, host.dataset.hash, host.dataset.lang);
    })
    .catch((error) => extrasFailed(host, error));
});
addEventListener('qazaq:extras-release', () => {
  extras?.then((module) => module.unmount()).catch(() => {});
});
// "Cite this" on the article or a paragraph (the paragraph's id, or empty).
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-cite]') : null;
  const host = document.getElementById('cite-host');
  if (!button || !host || !startData) return;
  const lang = document.documentElement.lang || 'kk';
  loadExtras()
    .then((module) => module.cite(host, button.dataset.cite ?? '', lang))
    .catch((error) => extrasFailed(host, error));
});

// Before the app takes over, its buttons do nothing yet and the search box is
// plain HTML, which hydration sets back to the route's query. Keep the last button
// tapped and what was typed, and hand them to the app once it runs: nothing the
// reader did in those first moments is lost.
// A repair's mark opens its popover without the app (popovertarget): replaying it
// would close it again.
// The menu (☰), which on a phone holds the links to People, Places and the rest,
// opens at once: the app starts with it open (`menu_opened_early`).
let earlyButton = null;
const noteEarlyClick = (event) => {
  earlyButton = event.target instanceof Element ? event.target.closest('#app button:not([popovertarget])') : null;
  const toc = document.getElementById('toc');
  if (earlyButton?.matches('.menu-button') && toc && document.documentElement.dataset.app !== 'ready') {
    const open = toc.classList.toggle('open');
    earlyButton.setAttribute('aria-expanded', String(open));
    earlyButton = null;
  }
};
document.addEventListener('click', noteEarlyClick, true);

/** Runs `then` once `<html data-app="ready">`. */
function whenReady(then) {
  const html = document.documentElement;
  if (html.dataset.app === 'ready') {
    setTimeout(then, 0);
    return;
  }
  new MutationObserver((_, observer) => {
    if (html.dataset.app !== 'ready') return;
    observer.disconnect();
    setTimeout(then, 0);
  }).observe(html, { attributes: true, attributeFilter: ['data-app'] });
}

/** Replays what the reader did before the app ran (see above). */
function replayEarlyInput(typed) {
  document.removeEventListener('click', noteEarlyClick, true);
  const box = document.getElementById('search');
  if (box && typed && box.value !== typed) {
    box.value = typed;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  // Hydration keeps the pre-rendered nodes, so the button is still the one tapped.
  if (earlyButton?.isConnected) earlyButton.click();
  earlyButton = null;
}
// "Highlight" on a selection: the dialog of the same module, for the selection.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-highlight]') : null;
  const host = document.getElementById('note-host');
  if (!button || !host || !startData) return;
  loadExtras()
    .then((module) => module.highlight(host, document.documentElement.lang || 'kk'))
    .catch((error) => extrasFailed(host, error));
});
// The reader's highlights are drawn by that module whenever the app writes the
// article's body (at start too): loaded then only if there are some.
function hasNotes() {
  const list = stored('qazaq-reader.notes');
  if (!list) return false;
  // A list emptied by deleting every note needs no module; anything unreadable
  // does, to say so.
  try {
    const notes = JSON.parse(list)?.notes;
    return !Array.isArray(notes) || notes.length > 0;
  } catch { return true; }
}
addEventListener('qazaq:body', () => {
  if (extras || (startData && hasNotes())) loadExtras().then((m) => m.draw_notes()).catch(() => {});
});

/**
 * The pre-rendered page speaks Kazakh. For each other interface language the build
 * wrote what differs in it (`#page-patch`: texts and attributes by position, see
 * src/core/page_patch.rs); rewriting them gives the reader the interface in their
 * language without the app. False if there is nothing to apply, or the page is not
 * the one the patch was made for (then it is left alone and the app fixes it).
 */
function speakReadersLanguage() {
  const lang = document.documentElement.lang || 'kk';
  // A page of its own is written in its language already.
  if (lang === 'kk' || document.documentElement.hasAttribute('data-site-title')) return true;
  const root = document.getElementById('app');
  const patch = dataBlock('page-patch')?.[lang];
  if (!patch || !root) return false;
  const elements = [];
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    (node.nodeType === Node.TEXT_NODE ? texts : elements).push(node);
  }
  if (elements.length !== patch.counts[0] || texts.length !== patch.counts[1]) return false;
  for (const [i, text] of patch.texts) texts[i].nodeValue = text; // text, never HTML
  for (const [i, name, value] of patch.attrs) {
    if (value === null) elements[i].removeAttribute(name);
    else elements[i].setAttribute(name, value);
  }
  return true;
}
const speaksReadersLanguage = speakReadersLanguage();

/**
 * Whether the pre-rendered page is not yet what the app would show this reader: a
 * route other than the article's opening (a deep link, `?q=`), an interface in
 * another language that the page could not be rewritten into, a translation
 * chosen to read beside it, or highlights to draw. Then the app is wanted at once.
 */
function pageNeedsApp() {
  if (location.hash.replace(/^#\/?/, '') !== '') return true;
  if (!speaksReadersLanguage) return true;
  const reading = stored('qazaq-reader.reading');
  if (reading && reading.trim() !== 'kk') return true;
  return hasNotes();
}

/** The app's and its data's downloads, once started (offline.js waits for them). */
let appFetched = null;
/** Whether the app has started and is ready (after its first page). */
let running = false;

/** Fetches the app and its data, hands them over, and lets the app take over the page. */
async function startApp(reached) {
  try {
    // The text is painted before anything else is fetched: on a slow line the Wasm
    // and the data would otherwise share the bandwidth with the page and its styles.
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    // The small search runtime first if the reader is searching (it answers the
    // first search): the app after it. Not started for any other first touch.
    // A touch on the box is a search, though its focus comes a moment after it.
    const onBox = reached?.target instanceof Element && reached.target.closest('#search');
    await quickSearch?.then((quick) => (onBox ? quick?.loadQuickSearch() : quick?.quickSearchStarted()));
    // The module, then its Wasm, while the data downloads alongside.
    const app = import('./qazaq_reader.js').then(async (module) => {
      await module.default();
      return module;
    });
    // A Russian or English reader's translation comes with the data (the app
    // would ask for it at once): the titles around the text are in it from
    // the start. Missing, it is asked for again later; the app starts anyway.
    const ui = document.documentElement.lang;
    const translation = ui === 'ru' || ui === 'en'
      ? loadJson(`translations/${ui}.json`).catch(() => null) : null;
    // A page of its own names the data it shows beyond these (`data-load`).
    const more = (document.getElementById('app')?.dataset.load ?? '').split(' ').filter(Boolean);
    appFetched = Promise.all([
      app,
      loadJson('article.json'),
      loadJson('people.json'),
      loadJson('places.json'),
      loadJson('mentions-people.json'),
      translation,
      // Missing (offline, say), the app fetches it itself when the page asks.
      ...more.map((file) => loadJson(file).catch(() => null)),
    ]);
    const [wasm, ...data] = await appFetched;
    startData = data.slice(0, 4);
    // Let the browser paint the pre-rendered article first: on a fast connection
    // the Wasm can arrive before the first paint, and taking over would delay it.
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    // One file a task, then the hydration in a task of its own: no task long
    // enough to make a tap or a key wait.
    performance.mark('app-data');
    const names = ['article', 'people', 'places', 'mentions', 'translation', ...more];
    for (const [i, name] of names.entries()) {
      if (data[i] == null) continue;
      const taken = performance.now();
      wasm.take(name, data[i]);
      performance.measure(`app-data ${name}`, { start: taken });
      await new Promise((next) => setTimeout(next, 0));
    }
    performance.measure('app-data', 'app-data');
    // Marks for measuring how long the app takes to take over the page.
    performance.mark('app-start');
    const typed = document.getElementById('search')?.value ?? '';
    wasm.start();
    performance.measure('app-start', 'app-start');
    // Replay once the app says it is ready (its last effect): every listener and
    // the route it starts on are in place by then.
    whenReady(() => {
      running = true;
      replayEarlyInput(typed);
    });
  } catch (error) {
    console.error(error);
    showError(error);
  }
}

// Offline reading on every visit (offline.js: the service worker), once the page is
// idle after its first paint. Only offline use is lost if it fails (e.g. a private
// window), so that is a warning.
// After the first contentful paint (a frame may be painted before the text is) and
// the page's load, when the browser is idle.
function afterFirstPaint(then) {
  const painted = (list) => list.getEntriesByName('first-contentful-paint').length > 0;
  if (painted(performance)) { then(); return; }
  try {
    new PerformanceObserver((list, observer) => {
      if (!painted(list)) return;
      observer.disconnect();
      then();
    }).observe({ type: 'paint', buffered: true });
  } catch { addEventListener('load', then, { once: true }); } // no paint timing: after the load
}
afterFirstPaint(() => {
  const go = () => import('./offline.js')
    .then((offline) => offline.keepOffline({ offerUpdate, strings: pageStrings, downloads: () => appFetched }))
    .catch((error) => console.warn('service worker:', error));
  const idle = () => ('requestIdleCallback' in self ? requestIdleCallback(go, { timeout: 5000 }) : setTimeout(go, 0));
  if (document.readyState === 'complete') idle(); else addEventListener('load', idle, { once: true });
});

// The pre-rendered page is the whole article, readable and linked without the
// app; the app (about 300 KB on a phone line) is what the page needs to answer a
// tap, a key or a search. So a reader who only opened the article downloads the
// page alone, and the app comes the moment the reader first reaches for the page:
// a touch, a scroll, the mouse, a key, a focus, or a link followed within the page
// (not ☰ or a link away: `needsNoApp`). What was tapped or typed meanwhile is
// replayed (above).
const REACH = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'scroll', 'keydown', 'focusin', 'click'];
let started = false;
// Until the app comes, the first search is answered by a small runtime of its own
// (quick_search.js), fetched at the first touch or focus on the box.
const quickSearch = pageNeedsApp() ? null
  : import('./quick_search.js').then((quick) => { quick.armQuickSearch(pageStrings()); return quick; }).catch(() => null);
/**
 * Whether an input asks nothing of the app: ☰, which opens without it, and a link
 * that leaves the page (People's own page, say), which must not share a slow line
 * with the app's 300 KB. The update banner's button reloads the page; fetching the
 * app in the same moment also kept the waiting version from taking over (Chromium).
 */
function needsNoApp(event) {
  const target = event?.target instanceof Element ? event.target : null;
  const link = target?.closest('a[href]');
  return Boolean(target?.closest('#update, .menu-button')
    || (link && !link.getAttribute('href').startsWith('#')));
}
function reach(event) {
  if (needsNoApp(event)) return;
  if (started) return;
  started = true;
  for (const type of REACH) removeEventListener(type, reach, { capture: true });
  removeEventListener('hashchange', reach);
  startApp(event);
}
if (pageNeedsApp()) {
  reach();
} else {
  for (const type of REACH) addEventListener(type, reach, { capture: true, passive: true });
  addEventListener('hashchange', reach);
}
