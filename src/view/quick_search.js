// The first search before the app: a small Wasm module (qazaq_search, the core's search
// without Yew; src/quick.rs) and the article and translations it searches, fetched at
// the first focus on the search box, before the app (boot.js `startApp` waits). Until the app is ready (`<html data-app="ready">`), what is typed
// into #search is searched here and the results shown in a region outside #app (the app
// hydrates #app, so nothing may be added inside it). The results are the app's: the
// runtime calls the same core function (`Library::results_page`). Once the app runs, the
// region goes and the app shows its own search page for the query (boot.js replays it).
// Text goes in with textContent only, never as HTML. Relative URLs only.

const html = document.documentElement;
const REGION_ID = 'quick-results';
// The translations the app searches once the reader reaches for the box (both).
const TRANSLATIONS = ['ru', 'en'];

let loading = null; // the downloads, once started
let runtime = null; // the module, once it has the article
let strings = {};

const appReady = () => html.dataset.app === 'ready';

function stored(key) {
  try {
    const value = localStorage.getItem(key);
    return typeof value === 'string' ? value : '';
  } catch { return ''; }
}

async function json(name) {
  const response = await fetch(`./${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.json();
}

/** Yields to the browser: each piece of work is its own task, none long. */
const nextTask = () => new Promise((next) => setTimeout(next, 0));

/**
 * Starts the downloads (once) and resolves when the runtime and the article are in,
 * whether or not they loaded: boot.js waits on it before fetching the app, so on a
 * slow line the first results are not slowed by the big app.
 */
export function loadQuickSearch() {
  loading ??= new Promise((firstBytes) => { start(firstBytes); });
  return loading;
}

/** The downloads if the reader has asked for them (a focus on the box), else null. */
export function quickSearchStarted() {
  return loading;
}

async function start(firstBytes) {
  // The module's script, its Wasm and the article at once: one round trip, not two.
  const wasm = fetch('./qazaq_search_bg.wasm');
  wasm.catch(() => {}); // a failure is the module's to report
  const module = import('./qazaq_search.js').then(async (m) => { await m.default({ module_or_path: wasm }); return m; });
  const article = json('article.json');
  // The translations after those, so that the Kazakh results come first on a slow
  // line; theirs follow as they arrive (as in the app, which fetches them on focus).
  Promise.allSettled([module, article]).then(firstBytes);
  try {
    const m = await module;
    feedArticle(m, await article);
    const translations = TRANSLATIONS.map((code) => json(`translations/${code}.json`).catch(() => null));
    await nextTask();
    m.warm('kk');
    runtime = m;
    searchNow();
    for (const tr of translations) {
      const value = await tr;
      if (value == null) continue;
      await nextTask();
      feedTranslation(m, value);
      m.warm(value.lang);
      searchNow();
    }
    // Everything the app would search is here (the tests wait on this).
    html.dataset.quickSearch = 'ready';
  } catch (error) {
    // The app still comes and searches; this only answered sooner.
    console.warn('quick search:', error);
  }
}

// The runtime has no deserializer (src/quick.rs): it is handed the parsed JSON a field
// at a time, in the files' order. A field of the wrong type is a broken file, said as
// serde said it for the app (the app still comes, and reports it too).
function malformed(what) { throw new Error(`${what} data is malformed`); }
const text = (v, what) => (typeof v === 'string' ? v : malformed(what));
const optional = (v, what) => (v == null ? undefined : text(v, what));
const list = (v, what) => (Array.isArray(v) ? v : malformed(what));

function feedArticle(m, article) {
  const what = 'article';
  const meta = article?.meta ?? malformed(what);
  m.article_begin(text(meta.title, what), text(meta.author, what), text(meta.position, what),
    text(meta.dedication, what), text(meta.lang, what));
  for (const section of list(article.sections, what)) {
    m.article_section(text(section?.id, what), optional(section.title, what));
    for (const block of list(section.blocks, what)) {
      const figure = block?.kind === 'figure';
      if (!figure && block?.kind !== 'paragraph') malformed(what);
      m.article_block(text(block?.id, what), text(figure ? block.caption : block.text, what), figure);
    }
  }
  const bibliography = article.bibliography ?? malformed(what);
  m.article_bibliography(text(bibliography.id, what), text(bibliography.title, what));
  for (const entry of list(bibliography.entries, what)) {
    m.article_reference(text(entry?.id, what), text(entry.text, what), optional(entry.url, what));
  }
  m.article_end();
}

function feedTranslation(m, tr) {
  const what = 'translation';
  // Each part but the language may be missing (serde's defaults, as the app reads it).
  const meta = tr?.meta ?? {};
  const line = (v) => optional(v, what) ?? '';
  m.translation_begin(text(tr?.lang, what), line(meta.title), line(meta.position), line(meta.dedication));
  for (const [id, value] of Object.entries(tr.sections ?? {})) m.translation_entry(id, text(value, what), true);
  for (const [id, value] of Object.entries(tr.blocks ?? {})) m.translation_entry(id, text(value, what), false);
  m.translation_end();
}

function count(n, plural) {
  if (!plural) return String(n);
  let category = 'other';
  try { category = new Intl.PluralRules(strings.lang).select(n); } catch { /* other */ }
  return `${n} ${plural[category] ?? plural.other}`;
}

/** A snippet's segments, the matched ones in <mark>: text nodes only. */
function marked(parent, parts) {
  for (const [text, hit] of parts) {
    if (hit) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(text));
    }
  }
}

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function placeLabel(place) {
  switch (place.kind) {
    case 'opening': return el('span', { lang: strings.lang }, strings.opening_part);
    case 'bibliography': return el('span', { lang: strings.lang }, strings.in_bibliography);
    default: return el('span', { lang: place.lang }, place.text);
  }
}

function item(result) {
  const li = el('li');
  const link = el('a', { class: 'result', href: result.href, 'data-para': result.id });
  link.append(el('span', { class: 'where' }));
  link.lastChild.append(placeLabel(result.place));
  const kazakh = el('span', { class: 'snippet', lang: 'kk' });
  marked(kazakh, result.kazakh);
  link.append(kazakh);
  const tr = result.translation;
  if (tr) {
    const span = el('span', { class: 'snippet tr', lang: tr.lang });
    marked(span, tr.parts);
    link.append(span);
    if (tr.only) link.append(el('span', { class: 'found-in' }, tr.lang === 'en' ? strings.found_in_en : strings.found_in_ru));
  }
  li.append(link);
  return li;
}

/** The region, made on first use: after #app, never inside it. */
function region() {
  let box = document.getElementById(REGION_ID);
  if (box) return box;
  box = el('section', { id: REGION_ID, class: 'quick-results', lang: strings.lang, 'aria-label': strings.search_results ?? '' });
  const inner = el('div', { class: 'search-results' });
  const status = el('p', { class: 'search-status', role: 'status' });
  inner.append(el('h2', { class: 'search-heading' }), status, el('div', { class: 'quick-body' }));
  box.append(inner);
  // A result followed: the paragraph is shown (prefs.js follows the link), not the list.
  box.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) setTimeout(removeRegion, 0);
  });
  (document.getElementById('app') ?? document.body.lastChild).after(box);
  return box;
}

function removeRegion() {
  document.getElementById(REGION_ID)?.remove();
}

/** Shows the runtime's page for `query` (see `ResultsPage` in src/core/library/results.rs). */
function show(query, page) {
  const box = region();
  const inner = box.firstChild;
  inner.dataset.query = query;
  const [heading, status, body] = inner.children;
  heading.replaceChildren(document.createTextNode(`${strings.search_results ?? ''}: «`), el('bdi', {}, page.query), document.createTextNode('»'));
  const parts = [];
  if (page.truncated) parts.push(el('p', { class: 'notice' }, strings.query_truncated));
  if (page.items.length === 0) {
    status.textContent = strings.no_results ?? '';
    if (page.suggestions.length) {
      parts.push(el('p', {}, strings.did_you_mean));
      const list = el('ul', { class: 'suggestions' });
      for (const [word, href] of page.suggestions) {
        const li = el('li');
        li.append(el('a', { href }, word));
        list.append(li);
      }
      parts.push(list);
    }
  } else {
    status.textContent = `${count(page.total, strings.paragraphs)}, ${count(page.matches, strings.matches)}`;
    const list = el('ol', { class: 'results' });
    for (const result of page.items) list.append(item(result));
    parts.push(list);
  }
  body.replaceChildren(...parts);
}

function searchNow() {
  const box = document.getElementById('search');
  if (!runtime || appReady() || !box) return;
  const query = box.value;
  if (query.trim() === '') {
    removeRegion();
    return;
  }
  const started = performance.now();
  let page;
  try {
    // A page of its own (people.html) links to the opening page's hash (`./#/p/p7`).
    const away = html.hasAttribute('data-site-title');
    page = runtime.search(query, strings.lang ?? 'kk', location.hash, stored('qazaq-reader.reading'), away);
  } catch (error) {
    console.warn('quick search:', error);
    return;
  }
  show(query, page);
  performance.measure('quick-search', { start: started });
}

/** Tab from the box goes to the results, which come after the whole page in the DOM. */
function onKey(event) {
  const list = document.getElementById(REGION_ID);
  if (!list || appReady()) return;
  if (event.key === 'Escape' && event.target.id === 'search') {
    removeRegion();
  } else if (event.key === 'Tab' && !event.shiftKey && event.target.id === 'search') {
    const first = list.querySelector('a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  } else if (event.key === 'Tab' && event.shiftKey && event.target === list.querySelector('a')) {
    event.preventDefault();
    document.getElementById('search')?.focus();
  }
}

function onInput(event) {
  if (event.target?.id !== 'search' || appReady()) return;
  if (runtime) searchNow();
  else loadQuickSearch();
}

/**
 * Arms the runtime for a page the app is not yet running on, with the page's
 * strings in the reader's language: its downloads start at the first focus on the
 * box, and its results show until the app is ready.
 */
export function armQuickSearch(pageStrings) {
  strings = pageStrings;
  const focus = (event) => { if (event.target?.id === 'search') loadQuickSearch(); };
  document.addEventListener('focusin', focus, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('keydown', onKey, true);
  // Not before: fetched and compiled when the page is idle, its 113 kB gzip and its
  // tasks at start-up took the first visit past 120 kB and Lighthouse below 98.
  // The box was tapped before this script arrived: that focus is the reader's ask.
  if (document.activeElement?.id === 'search') loadQuickSearch();
  new MutationObserver((_, observer) => {
    if (!appReady()) return;
    observer.disconnect();
    document.removeEventListener('focusin', focus, true);
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('keydown', onKey, true);
    removeRegion();
    delete html.dataset.quickSearch;
  }).observe(html, { attributes: true, attributeFilter: ['data-app'] });
}
