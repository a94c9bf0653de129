// The service worker: keeps one whole build of the site in a cache named after that
// build, so the reader works offline and never mixes files from two deploys.
// tools/stamp-sw.mjs fills in BUILD (a hash of every file) and FILES (name → sha256).
// A new deploy changes BUILD, hence this file, which is how the browser notices it.
const BUILD = '__BUILD_HASH__';
const FILES = /* __PRECACHE__ */ {};

// Several sites (or copies of this one) can share an origin on GitHub Pages,
// so the cache name carries the scope and only this scope's old caches are dropped.
const PREFIX = `qazaq-reader ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;

const urlOf = (name) => new URL(name, self.location).href;
const PRECACHED = new Map(Object.keys(FILES).map((name) => [urlOf(name), name]));

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// Fetch every file and check it against the hash stamped at build time: while a
// deploy propagates, a server may still hand out an old file. Then the install
// fails, the old version keeps running, and the browser tries again later.
/**
 * Download one file of this build, check it and keep it in `cache`; resolves to
 * the response kept. Throws when the server has another version of the file.
 */
async function store(cache, name) {
  // 'no-cache': revalidate, so an unchanged file costs a 304, not a download.
  const response = await fetch(urlOf(name), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const actual = hex(await crypto.subtle.digest('SHA-256', body));
  if (actual !== FILES[name]) throw new Error(`${name}: not the file of build ${BUILD}`);
  // Only the type is kept: the body is already decoded, so no content-encoding.
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const kept = new Response(body, { headers: { 'content-type': type } });
  await cache.put(urlOf(name), kept.clone());
  return kept;
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(Object.keys(FILES).map((name) => store(cache, name)));
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the reader agrees to reload.
  event.waitUntil(precache());
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

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

/** The precached URL a request stands for (a folder means its index.html), or null. */
function precachedUrl(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return PRECACHED.has(url.href) ? url.href : null;
}

// A file missing from the cache (the browser evicted it, or storage was cleared in
// part) is fetched again and, when it is this build's file, kept again: the cache
// repairs itself whenever the reader is online.
async function fromCache(url, request) {
  const cached = await caches.match(url, { cacheName: CACHE });
  if (cached) return cached;
  try {
    return await store(await caches.open(CACHE), PRECACHED.get(url));
  } catch {
    // Offline, or the server already has a newer build: the network's answer as it is.
    return fetch(request);
  }
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
  const url = precachedUrl(request);
  if (url) {
    event.respondWith(fromCache(url, request));
  } else if (request.mode === 'navigate' && request.url.startsWith(self.registration.scope)) {
    event.respondWith(strayPage(request));
  }
});
