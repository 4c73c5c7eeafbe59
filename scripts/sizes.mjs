// Release build sizes: raw, gzip -9 and brotli -q 11 for every first-load file in a dist/
// folder (HTML, JS, wasm, CSS), and their total. With --budget KB, exit 1 when the brotli
// first-load total is over the budget (1 KB = 1000 bytes).
//   node scripts/sizes.mjs [dist] [--budget 160] [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const json = args.includes('--json') && args.splice(args.indexOf('--json'), 1);
const budgetKb = flag('--budget');
const dist = args[0] ?? 'dist';

const FIRST_LOAD = new Set(['.html', '.js', '.wasm', '.css']);
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

const files = walk(dist)
  .filter((p) => FIRST_LOAD.has(extname(p)))
  .sort()
  .map((p) => {
    const raw = readFileSync(p);
    return {
      file: relative(dist, p),
      kind: extname(p).slice(1),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          [constants.BROTLI_PARAM_MODE]: extname(p) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        },
      }).length,
    };
  });

if (!files.some((f) => f.kind === 'wasm') || !files.some((f) => f.kind === 'html')) {
  console.error(`sizes: no index.html or .wasm in ${dist}/ — run trunk build --release first`);
  process.exit(2);
}
const total = files.reduce(
  (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
const kb = (n) => (n / 1000).toFixed(1).padStart(8);

if (json) {
  console.log(JSON.stringify({ files, total }, null, 2));
} else {
  const w = Math.max(24, ...files.map((f) => f.file.length));
  console.log(`${'file'.padEnd(w)}  ${'raw KB'.padStart(8)}  ${'gzip-9'.padStart(8)}  ${'brotli11'.padStart(8)}`);
  for (const f of files) console.log(`${f.file.padEnd(w)}  ${kb(f.raw)}  ${kb(f.gzip)}  ${kb(f.brotli)}`);
  for (const kind of ['wasm', 'js', 'css', 'html']) {
    const of = files.filter((f) => f.kind === kind);
    const sum = (k) => of.reduce((t, f) => t + f[k], 0);
    console.log(`${`  all .${kind}`.padEnd(w)}  ${kb(sum('raw'))}  ${kb(sum('gzip'))}  ${kb(sum('brotli'))}`);
  }
  console.log(`${'first-load total'.padEnd(w)}  ${kb(total.raw)}  ${kb(total.gzip)}  ${kb(total.brotli)}`);
}

if (budgetKb !== undefined) {
  const limit = Number(budgetKb) * 1000;
  if (total.brotli > limit) {
    console.error(
      `SIZE BUDGET EXCEEDED: first-load total is ${(total.brotli / 1000).toFixed(1)} KB brotli -q 11, ` +
        `over the ${budgetKb} KB budget by ${((total.brotli - limit) / 1000).toFixed(1)} KB ` +
        `(index.html + JS + wasm + CSS in ${dist}/).`,
    );
    process.exit(1);
  }
  console.log(`size budget: ${(total.brotli / 1000).toFixed(1)} KB brotli of ${budgetKb} KB allowed`);
}
