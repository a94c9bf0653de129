// The service worker: keeps one build of the site in a cache named after that build,
// so the reader works offline and never mixes files from two deploys.
// tools/stamp-sw.mjs fills in BUILD (a hash of every file), FILES (name → sha256)
// and AT_ONCE (the names of its AT_ONCE list present in the build).
// A new deploy changes BUILD, hence this file, which is how the browser notices it.
const BUILD = '__BUILD_HASH__';
const FILES = /* __PRECACHE__ */ {};
// Kept at install, before the worker takes over: the page and what it loads, the
// app and its start-up data, the search runtime. Everything else is kept when the
// page asks (offline.js: when it is idle, and not under Save-Data).
const AT_ONCE = /* __AT_ONCE__ */ [];

// Several sites (or copies of this one) can share an origin on GitHub Pages,
// so the cache name carries the scope and only this scope's old caches are dropped.
const PREFIX = `qazaq-reader ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;

const urlOf = (name) => new URL(name, self.location).href;
const PRECACHED = new Map(Object.keys(FILES).map((name) => [urlOf(name), name]));

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file of this build a URL stands for (a folder means its index.html), or null. */
function nameOf(href) {
  let url;
  try { url = new URL(href); } catch { return null; }
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return PRECACHED.get(url.href) ?? null;
}

// Fetch a file and check it against the hash stamped at build time: while a
// deploy propagates, a server may still hand out an old file. Then the install
// fails, the old version keeps running, and the browser tries again later.
/**
 * Download one file of this build, check it and keep it in `cache`; resolves to
 * the response kept. Throws when the server has another version of the file.
 */
async function download(cache, name) {
  // 'no-cache': revalidate, so a file the page already loaded costs a 304, not a download.
  const response = await fetch(urlOf(name), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const actual = hex(await crypto.subtle.digest('SHA-256', body));
  if (actual !== FILES[name]) throw new Error(`${name}: not the file of build ${BUILD}`);
  // Only the type is kept (the body is already decoded, so no content-encoding),
  // and the hash, so that the next build can carry the file over unchanged.
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const kept = new Response(body, { headers: { 'content-type': type, 'x-sha256': FILES[name] } });
  await cache.put(urlOf(name), kept.clone());
  return kept;
}

// One download per file at a time, whoever asks (the install, a page, a fetch).
const downloading = new Map();
function store(cache, name) {
  if (!downloading.has(name)) {
    downloading.set(name, download(cache, name).finally(() => downloading.delete(name)));
  }
  return downloading.get(name).then((response) => response.clone());
}

/**
 * This build's cache, or null once a newer build has dropped it (this worker is on
 * its way out, and must not bring it back). `create` only at install.
 */
async function ownCache({ create = false } = {}) {
  return create || await caches.has(CACHE) ? caches.open(CACHE) : null;
}

/**
 * Keeps those of `names` the cache lacks, four downloads at a time (the reader may be
 * loading the app meanwhile). Resolves to the number that failed; `strict` rejects
 * on the first failure instead.
 */
async function keep(names, { strict = false, create = false } = {}) {
  const cache = await ownCache({ create });
  if (!cache) return 0;
  const have = new Set((await cache.keys()).map((request) => request.url));
  const queue = [...new Set(names)].filter((name) => name in FILES && !have.has(urlOf(name)));
  let failed = 0;
  const next = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      try {
        await store(cache, name);
      } catch (error) {
        if (strict) throw error;
        failed += 1;
      }
    }
  };
  await Promise.all([next(), next(), next(), next()]);
  return failed;
}

/** Files of the previous build that did not change: copied, not downloaded again. */
async function carryOver() {
  const cache = await ownCache({ create: true });
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const old = await caches.open(key);
    for (const request of await old.keys()) {
      const name = nameOf(request.url);
      const response = name && await old.match(request);
      if (response?.headers.get('x-sha256') === FILES[name]) await cache.put(request, response);
    }
  }
}

/** The pages of this build open in a window: what the reader has seen. */
async function pagesOpen() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return windows.map((client) => nameOf(client.url)).filter(Boolean);
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the reader agrees to reload.
  event.waitUntil((async () => {
    await carryOver();
    await keep([...AT_ONCE, ...await pagesOpen()], { strict: true, create: true });
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // Take the first visit's page too, so it works offline without a reload.
    await self.clients.claim();
  })());
});

// The page asks: { keep: 'seen', urls } for what it loaded (kept, with the
// AT_ONCE group, should any be missing), { keep: 'rest' } for every other file.
// A failed download is only missing: fetched again when asked, or when used online.
// The answer goes back on the port given: { kept, failed }.
async function answer(event) {
  const { data } = event;
  const names = data.keep === 'rest'
    ? Object.keys(FILES)
    : [...AT_ONCE, ...(Array.isArray(data.urls) ? data.urls.map(nameOf).filter(Boolean) : [])];
  const failed = await keep(names);
  event.ports[0]?.postMessage({ kept: data.keep, failed });
}

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
  else if (event.data?.keep === 'seen' || event.data?.keep === 'rest') event.waitUntil(answer(event));
});

// A file missing from the cache (not kept yet, evicted, or storage cleared in
// part) is fetched and, when it is this build's file, kept: the cache fills and
// repairs itself whenever the reader is online.
async function fromCache(name, request) {
  const cached = await caches.match(urlOf(name), { cacheName: CACHE });
  if (cached) return cached;
  try {
    const cache = await ownCache();
    if (cache) return await store(cache, name);
  } catch {
    // Offline, or the server already has a newer build: the network's answer as it is.
  }
  try {
    return await fetch(request);
  } catch (error) {
    // Offline, a page of its own not kept yet (Save-Data keeps only what was seen):
    // the opening page, which is always kept, shows the same route from its hash.
    const route = request.mode === 'navigate' && hashOf(name);
    if (route) return Response.redirect(`${self.registration.scope}${route}`, 302);
    throw error;
  }
}

/**
 * The hash route a page of its own stands for (src/core/route/files.rs):
 * `people.html` → `#/people`, `person-abai.ru.html` → `#/person/abai`; null for others.
 */
function hashOf(name) {
  const stem = /^([a-z0-9-]+)(?:\.[a-z]{2})?\.html$/.exec(name)?.[1];
  return stem && stem !== 'index' && stem !== '404' ? `#/${stem.replace('-', '/')}` : null;
}

// Any other page under the scope: what GitHub Pages answers (404.html, which sends
// the reader to the app); offline, the same destination directly: the app, with
// the stray path as a hash route, so the app can show it or say it is not found.
async function strayPage(request) {
  try {
    return await fetch(request);
  } catch {
    const scope = new URL(self.registration.scope);
    const rest = new URL(request.url).pathname.slice(scope.pathname.length);
    return Response.redirect(`${scope.href}#/${rest}`, 302);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const name = nameOf(request.url);
  if (name) {
    event.respondWith(fromCache(name, request));
  } else if (request.mode === 'navigate' && request.url.startsWith(self.registration.scope)) {
    event.respondWith(strayPage(request));
  }
});
