// A tiny static file server for the release build: serves a dist/ folder under a base path
// ("/" or "/kasm-sizer/") on 127.0.0.1, with the right MIME types (application/wasm).
// With `gzip` (opt-in) it compresses HTML, JavaScript, wasm and CSS as GitHub Pages does
// (Content-Encoding: gzip, to clients that accept it), for timings over a slow network.
// Used by the end-to-end suite and the benchmark; also runnable by hand:
//   node e2e/serve.mjs [dist] [base] [port] [--gzip]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Normalise a base path to the form "/" or "/name/". */
export function normaliseBase(base = '/') {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** The kinds of file GitHub Pages serves gzip-compressed (of those a build holds). */
const GZIPPED = new Set(['.html', '.js', '.mjs', '.css', '.wasm']);

/**
 * Start serving `root` under `base` on 127.0.0.1:`port` (0 = any free port), with `gzip`
 * compressing HTML, JavaScript, wasm and CSS for clients that accept it.
 * Resolves to { url, base, close() } where url is the app's full address.
 */
export async function startServer({ root = 'dist', base = '/', port = 0, gzip = false } = {}) {
  const rootDir = resolve(root);
  const prefix = normaliseBase(base);
  await stat(join(rootDir, 'index.html')); // fail early when the build is missing
  const compressed = new Map(); // file -> gzip body, made once (the build does not change)

  // Plan links of big plans run to tens of kilobytes (the app reads up to 256 KB): accept
  // request lines that long rather than Node's default 16 KB.
  const server = createServer({ maxHeaderSize: 512 * 1024 }, async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8', file = null) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (gzip && file && GZIPPED.has(extname(file))) {
        headers.vary = 'Accept-Encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
          body = compressed.get(file);
          headers['content-encoding'] = 'gzip';
        }
      }
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (prefix !== '/' && path === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix });
      return res.end();
    }
    if (!path.startsWith(prefix)) return send(404, 'not found (outside the base path)');
    let rel = path.slice(prefix.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(rootDir, rel));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(403, 'forbidden');
    try {
      const body = await readFile(file);
      return send(200, body, MIME[extname(file)] ?? 'application/octet-stream', file);
    } catch {
      // A single-page app: unknown paths without an extension get the page itself.
      if (!extname(rel)) {
        try {
          const index = join(rootDir, 'index.html');
          return send(200, await readFile(index), MIME['.html'], index);
        } catch { /* fall through */ }
      }
      return send(404, 'not found');
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    base: prefix,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [root = 'dist', base = '/', port = '8080'] = args.filter((a) => !a.startsWith('--'));
  const gzip = args.includes('--gzip');
  const s = await startServer({ root, base, port: Number(port), gzip });
  console.log(`serving ${root} at ${s.url}${gzip ? ' (gzip)' : ''}`);
}
