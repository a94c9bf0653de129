// A small static file server for dist/, mounted under a sub-path, with what the
// site relies on from GitHub Pages: the right MIME types (.wasm, .webmanifest),
// gzip, ETag revalidation (304), nosniff, `404.html` with status 404 for unknown paths,
// and a 301 from the site's folder without its trailing slash to the folder.
// Used by `tools/serve.sh`, the browser tests and `tools/report.mjs`. Localhost only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  // For the other pages the budgets report serves beside the app (mdBook's fonts).
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.wasm', '.svg', '.webmanifest']);

/**
 * Start serving `dir` at `http://127.0.0.1:<port><base>`; resolves to
 * { server, url, setDir }. `setDir` swaps the served folder (a new deploy at the
 * same URL); `onRequest(path, status)` sees every request, including the service worker's.
 * `cacheControl`: `no-cache` by default, so a test's new deploy is seen at once; the
 * report passes GitHub Pages' own (`max-age=600`), which a reader's browser gets.
 */
export function serve({ dir, base = '/', port = 0, onRequest = () => {}, cacheControl = 'no-cache' }) {
  let root = resolve(dir);
  // Compressed bodies by file, size and mtime: the report loads the same files many times.
  const gzipped = new Map();

  async function load(file) {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    return { body, etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"` };
  }

  function send(req, res, status, file, { body, etag }) {
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
      etag,
    };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return 304;
    }
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = `${file}\0${etag}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    return status;
  }

  async function respond(req, res) {
    const address = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(address.pathname);
    // As GitHub Pages does: the site's folder without its slash is sent to it.
    if (base.length > 1 && path === base.slice(0, -1)) {
      res.writeHead(301, { location: base + address.search, 'cache-control': cacheControl }).end();
      return 301;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return 404;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return 403;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      return send(req, res, 200, file, await load(file));
    } catch {
      // As GitHub Pages does: the site's own 404.html, at the requested URL.
      const notFound = join(root, '404.html');
      try {
        return send(req, res, 404, notFound, await load(notFound));
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return 404;
      }
    }
  }

  const server = createServer(async (req, res) => {
    let status;
    try {
      status = await respond(req, res);
    } catch {
      // Malformed URL (bad percent-encoding) and the like.
      res.writeHead(400).end();
      status = 400;
    }
    onRequest(req.url, status);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      ok({
        server,
        url: `http://127.0.0.1:${server.address().port}${base}`,
        setDir(next) { root = resolve(next); },
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: '8080' },
    },
  });
  const { url } = await serve({ dir: values.dir, base: values.base, port: Number(values.port) });
  console.log(`Serving ${values.dir} at ${url}  (Ctrl+C to stop)`);
}
