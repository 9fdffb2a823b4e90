// Prints raw, gzip (-9) and brotli (quality 11) sizes of what dist/ sends on a first load, and
// the brotli total against the budget. Prints figures only: sizes are never asserted.
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dir = process.argv[2] ?? 'dist';
// index.html, boot.js, the hashed glue, wasm and CSS: everything the first visit downloads
// (the favicon aside, which browsers fetch after the page is up).
const files = readdirSync(dir)
  .filter((f) => ['.html', '.js', '.wasm', '.css'].includes(extname(f)))
  .sort((a, b) => ['.wasm', '.js', '.css', '.html'].indexOf(extname(a)) - ['.wasm', '.js', '.css', '.html'].indexOf(extname(b)));

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
let total = { raw: 0, gzip: 0, br: 0 };
for (const f of files) {
  const bytes = readFileSync(join(dir, f));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  total = { raw: total.raw + bytes.length, gzip: total.gzip + gzip, br: total.br + br };
  console.log(`${f.padEnd(40)} ${kb(bytes.length)} ${kb(gzip)} ${kb(br)}`);
}
console.log(`${'first load'.padEnd(40)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.br)}`);
const verdict = total.br / 1024 <= BUDGET_KB ? 'within' : 'OVER';
console.log(`first-load brotli ${(total.br / 1024).toFixed(1)} KB of the ${BUDGET_KB} KB budget: ${verdict}`);
