// Trunk post_build hook (see Trunk.toml): the page's Content-Security-Policy allows scripts
// and styles only from 'self' (plus 'wasm-unsafe-eval'), so the one inline <script> that
// Trunk injects to start the app (and, under `trunk serve`, its auto-reload script) must be
// allowed by hash. This adds 'sha256-...' for every inline <script>/<style> in the staged
// index.html to the script-src/style-src directives of its CSP <meta>. Hashes instead of
// 'unsafe-inline' or a nonce: a nonce needs a server, and GitHub Pages is static.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('csp-hashes: run as a Trunk post_build hook (TRUNK_STAGING_DIR) or pass a dist dir');
  process.exit(2);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (tag) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))]
    .filter(([, attrs, body]) => !/\bsrc\s*=/.test(attrs) && body.trim() !== '')
    .map(([, , body]) => hash(body));
const scripts = inline('script');
const styles = inline('style');

// The CSP <meta>, whatever its attribute order and quoting (the HTML may be minified).
const metaTag = [...html.matchAll(/<meta\b[^>]*>/gi)].find(([tag]) =>
  /http-equiv\s*=\s*["']?Content-Security-Policy/i.test(tag),
)?.[0];
const contentRe = /(\bcontent\s*=\s*)(["'])([\s\S]*?)\2/i;
if (!metaTag || !contentRe.test(metaTag)) {
  console.warn('csp-hashes: index.html has no Content-Security-Policy <meta>; nothing to do');
  process.exit(0);
}
const meta = [, , metaTag.match(contentRe)[3]];
const directives = meta[2].split(';').map((d) => d.trim()).filter(Boolean);
const add = (name, sources) => {
  if (sources.length === 0) return;
  const i = directives.findIndex((d) => d.split(/\s+/)[0] === name);
  if (i < 0) directives.push(`${name} 'self' ${sources.join(' ')}`);
  else {
    const have = new Set(directives[i].split(/\s+/));
    directives[i] = [directives[i], ...sources.filter((s) => !have.has(s))].join(' ');
  }
};
add('script-src', scripts);
add('style-src', styles);
const policy = directives.join('; ');
const quote = metaTag.match(contentRe)[2];
if (policy.includes(quote)) throw new Error(`csp-hashes: cannot quote the policy with ${quote}`);
html = html.replace(metaTag, metaTag.replace(contentRe, (_, a, q) => `${a}${q}${policy}${q}`));
writeFileSync(file, html);
console.log(`csp-hashes: ${scripts.length} inline script(s), ${styles.length} inline style(s) allowed by hash`);
