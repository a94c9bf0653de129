// Writes <dir>/sw.js from the top-level sw.js template: the build's hash, every
// file of the build with its sha256 (so the service worker keeps exactly this
// build under a cache named after it) and which of them it keeps at once. Run by
// tools/build.sh as its last step (`node tools/stamp-sw.mjs dist`); run it again
// on a folder whose files changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('../sw.js', import.meta.url));

/**
 * What the service worker keeps at install, on every visit, Save-Data or not: what a
 * reader who only looked has seen (the page, its style, scripts and icons) and what the
 * first tap needs (the app, its start-up data, the translations the first search looks
 * in, the search runtime): about 400 kB gzip, the Wasm most of it. Everything else (the other pages, the
 * abstracts, downloads, the second module, words, map…) is kept later, when the page is idle. A name, or a pattern
 * for a family of files; a name absent from the build is left out.
 */
export const AT_ONCE = [
  // The page and what it loads before the app.
  'index.html', 'style.css', 'prefs.js', 'boot.js', 'offline.js', 'manifest.webmanifest', /^icons\//,
  // The app and the data it starts with (boot.js `startApp`).
  'qazaq_reader.js', 'qazaq_reader_bg.wasm',
  'article.json', 'people.json', 'places.json', 'mentions-people.json',
  // The first search looks in the Russian and English translations too (and a
  // Russian or English reader's app starts with its own): about 19 kB gzip.
  /^translations\/[^/]+\.json$/,
  // The small search runtime that answers the first search before the app.
  /^search[^/]*\.js$/, /^search[^/]*_bg\.wasm$/, /^search-index[^/]*\.json$/,
  'quick_search.js', 'qazaq_search.js', 'qazaq_search_bg.wasm',
];

/** Those of `names` that AT_ONCE takes. */
export function atOnce(names) {
  return names.filter((name) => AT_ONCE.some((p) => (typeof p === 'string' ? p === name : p.test(name))));
}

/** Files under `dir` as URL paths relative to it, sorted, sw.js itself left out. */
function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((name) => name !== 'sw.js')
    .sort();
}

/** Stamps `dir/sw.js`; returns { build, files: { name: sha256 } }. */
export function stamp(dir) {
  const hashes = {};
  for (const name of files(dir)) {
    hashes[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  if (!hashes['index.html']) throw new Error(`${dir} has no index.html: not a build`);
  // The build's hash covers names and contents, so a renamed file is a new build too.
  const build = createHash('sha256')
    .update(Object.entries(hashes).map(([name, sha]) => `${sha}  ${name}\n`).join(''))
    .digest('hex')
    .slice(0, 16);

  let sw = readFileSync(TEMPLATE, 'utf8');
  for (const [placeholder, value] of [
    ["'__BUILD_HASH__'", JSON.stringify(build)],
    ['/* __PRECACHE__ */ {}', JSON.stringify(hashes, null, 2)],
    ['/* __AT_ONCE__ */ []', JSON.stringify(atOnce(Object.keys(hashes)), null, 2)],
  ]) {
    if (!sw.includes(placeholder)) throw new Error(`sw.js lacks the placeholder ${placeholder}`);
    sw = sw.replace(placeholder, () => value);
  }
  writeFileSync(join(dir, 'sw.js'), sw);
  return { build, files: hashes, atOnce: atOnce(Object.keys(hashes)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const { build, files: stamped, atOnce: first } = stamp(dir);
  console.error(`sw.js: build ${build}, ${Object.keys(stamped).length} files, ${first.length} of them kept at once`);
}
