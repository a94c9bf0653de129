// The site as GitHub Pages hosts it: under a sub-path, with a 404 page for stray
// paths, a web app manifest, and a Content-Security-Policy that the app lives with.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BASE, plainTest, ready, siteTest } from './browser.mjs';

const people = JSON.parse(readFileSync('data/people.json', 'utf8'));

const test = siteTest();
const withWorker = siteTest({ serviceWorkers: 'allow' });

// Under a sub-path.
withWorker('every request the site makes, the service worker\'s too, stays under it and succeeds', async (browser) => {
  const seen = [];
  browser.context.on('request', (r) => seen.push(r.url()));
  const page = await browser.page();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  // The manifest and its icons are fetched when the browser wants them; ask for them here.
  await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    const manifest = await (await fetch(link.href)).json();
    await Promise.all(manifest.icons.map((i) => fetch(new URL(i.src, link.href))));
  });
  await page.goto(`${browser.url}#/people`);
  await page.waitForSelector('.person-entry');
  await page.goto(`${browser.url}#/person/${people[0].slug}`);
  await page.waitForSelector('.person-page');

  assert.ok(browser.requests.length > 10, 'the server saw the requests');
  for (const [path, status] of browser.requests) {
    assert.ok(path.startsWith(BASE), `outside the sub-path: ${path}`);
    assert.ok(status < 400, `HTTP ${status}: ${path}`);
  }
  for (const url of seen) assert.ok(url.startsWith(browser.url), `outside the sub-path: ${url}`);
  assert.deepEqual(page.errors, []);
});

// The shell files.
const html = (name) => readFileSync(`dist/${name}`, 'utf8');
// Every URL the page loads or links within the site; the article's external
// references (links that open a new tab, rel="noopener noreferrer") are content.
const urlsIn = (text) => [...text.matchAll(/<(\w+)\b([^>]*)>/g)]
  .filter(([, tag, attrs]) => !(tag === 'a' && /target="_blank"/.test(attrs) && /rel="noopener noreferrer"/.test(attrs)))
  .flatMap(([, , attrs]) => [...attrs.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]));

plainTest('pages use relative URLs only and no inline script', () => {
  for (const name of ['index.html', '404.html']) {
    for (const url of urlsIn(html(name))) {
      // But one: 404.html is answered at any depth, so the build writes the
      // site's own path into its script's URL.
      if (name === '404.html' && url === `${BASE}404.js`) continue;
      assert.ok(!/^(\/|[a-z]+:)/i.test(url), `${name}: ${url} is not relative`);
    }
    const scripts = [...html(name).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0);
    for (const [, attrs, body] of scripts) {
      // The page's strings are a JSON data block, which browsers never run.
      if (/\btype="application\/json"/.test(attrs)) {
        assert.doesNotThrow(() => JSON.parse(body), `${name}: the strings block is JSON`);
        continue;
      }
      assert.match(attrs, /\bsrc="/, `${name}: inline script`);
      assert.equal(body.trim(), '', `${name}: inline script`);
    }
    assert.match(html(name), /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/);
  }
  assert.match(html('index.html'), /script-src 'self' 'wasm-unsafe-eval';/);
});

plainTest('the manifest is relative, in Kazakh, with icons of the sizes it claims', () => {
  const manifest = JSON.parse(html('manifest.webmanifest'));
  assert.equal(manifest.lang, 'kk');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color);
  assert.match(html('index.html'), /<link rel="manifest" href="manifest.webmanifest">/);
  const sizes = new Set();
  for (const icon of manifest.icons) {
    assert.ok(!/^(\/|[a-z]+:)/i.test(icon.src), icon.src);
    const file = readFileSync(`dist/${icon.src}`);
    if (icon.type === 'image/png') {
      const [w, h] = [file.readUInt32BE(16), file.readUInt32BE(20)];
      assert.equal(`${w}x${h}`, icon.sizes, icon.src);
      sizes.add(w);
    }
  }
  assert.ok(sizes.has(192) && sizes.has(512));
});

plainTest('the service worker precaches every file of the build, named by its hash', () => {
  const sw = html('sw.js');
  const build = /const BUILD = "([0-9a-f]{16})";/.exec(sw)?.[1];
  assert.ok(build, 'sw.js is stamped');
  const listed = Object.keys(JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(sw)[1]));
  const built = readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative('dist', join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((name) => name !== 'sw.js');
  assert.deepEqual(listed.sort(), built.sort());
  assert.ok(listed.includes('qazaq_reader_bg.wasm') && listed.includes('icons/icon-512.png'));
});

// A stray path (GitHub Pages serves 404.html there).
for (const [path, route, expect] of [
  ['section/s3', '#/section/s3', '#s3'],
  ['people', '#/people', '.person-entry'],
  ['p/p12/', '#/p/p12', '#p12.marked'],
  ['no/such/page/here', '#/no/such/page/here', '.not-found'],
  ['404.html', '#/', 'article p[id]'],
]) {
  test(`${path} opens the app at ${route}`, async (browser) => {
    const page = await browser.context.newPage();
    await page.goto(browser.url + path);
    await page.waitForFunction(([base, hash]) => location.pathname === base && location.hash === hash, [BASE, route]);
    await page.waitForSelector(expect);
    await page.close();
  });
}

// A stray path of any depth.
const segments = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
for (const depth of [1, 5, 8]) {
  test(`${depth} level${depth > 1 ? 's' : ''} deep: straight to the app, no failed request`, async (browser) => {
    const path = segments.slice(0, depth).join('/');
    const page = await browser.context.newPage();
    const errors = [];
    const stray = (url) => new URL(url).pathname === `${BASE}${path}`;
    page.on('console', (m) => {
      // The stray path itself is answered with 404: that is GitHub Pages' way.
      if (m.type() === 'error' && !stray(m.location().url)) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => { if (r.status() >= 400 && !stray(r.url())) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(browser.url + path);
    await page.waitForFunction(([base, hash]) => location.pathname === base && location.hash === hash, [BASE, `#/${path}`]);
    await ready(page);
    await page.waitForSelector('.not-found');
    // Sent on at once, not by the fallback refresh that climbs a folder a second.
    assert.equal(requests.filter((p) => p.endsWith('404.js')).length, 1, requests.join(' '));
    assert.ok(!requests.some((p) => p !== `${BASE}${path}` && p.startsWith(`${BASE}a/`)), requests.join(' '));
    assert.deepEqual(errors, []);
    await page.close();
  });
}
