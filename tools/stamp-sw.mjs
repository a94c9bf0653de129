// Writes <dir>/sw.js from the top-level sw.js template: the build's hash and every
// file of the build with its sha256, so the service worker precaches exactly this
// build under a cache named after it. Run by tools/build.sh as its last step
// (`node tools/stamp-sw.mjs dist`); run it again on a folder whose files changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('../sw.js', import.meta.url));

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
  ]) {
    if (!sw.includes(placeholder)) throw new Error(`sw.js lacks the placeholder ${placeholder}`);
    sw = sw.replace(placeholder, () => value);
  }
  writeFileSync(join(dir, 'sw.js'), sw);
  return { build, files: hashes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const { build, files: stamped } = stamp(dir);
  console.error(`sw.js: build ${build}, ${Object.keys(stamped).length} files precached`);
}
