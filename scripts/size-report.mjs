// Prints raw, gzip (-9) and brotli (quality 11) sizes of what dist/ sends on a first load, and
// the brotli total against the budget; then what the service worker fetches once the app is up.
// Prints figures only: sizes are never asserted.
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dir = process.argv[2] ?? 'dist';
const ORDER = ['.wasm', '.js', '.css', '.html'];
// index.html, boot.js, the hashed glue, wasm and CSS: everything the app needs to start.
const firstLoad = (f) => ORDER.includes(extname(f)) && f !== 'sw.js';
// After the app is up: the worker, and the files only an installed app or a tab's icon needs
// (the worker's copies of the files above come from the browser's HTTP cache).
const afterStart = (f) => f === 'sw.js' || ['.webmanifest', '.png', '.svg'].includes(extname(f));
const names = readdirSync(dir).sort((a, b) => ORDER.indexOf(extname(a)) - ORDER.indexOf(extname(b)));

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
function sizes(file) {
  const bytes = readFileSync(join(dir, file));
  // PNG is compressed already: hosts send it as it is.
  if (extname(file) === '.png') return { raw: bytes.length, gzip: bytes.length, br: bytes.length };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** Prints one line per file and a total line; returns the totals. */
function table(files, totalLabel) {
  const total = { raw: 0, gzip: 0, br: 0 };
  for (const f of files) {
    const size = sizes(f);
    for (const k of Object.keys(total)) total[k] += size[k];
    console.log(`${f.padEnd(40)} ${kb(size.raw)} ${kb(size.gzip)} ${kb(size.br)}`);
  }
  console.log(`${totalLabel.padEnd(40)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.br)}`);
  return total;
}

console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
const total = table(names.filter(firstLoad), 'first load');
console.log('after the app is up, for the offline copy:');
table(names.filter(afterStart), 'after start');
const verdict = total.br / 1024 <= BUDGET_KB ? 'within' : 'OVER';
console.log(`first-load brotli ${(total.br / 1024).toFixed(1)} KB of the ${BUDGET_KB} KB budget: ${verdict}`);
