#!/usr/bin/env bash
# README's benchmark command: the release build, then the sizes of what a first visit downloads
# (raw, gzip -9, brotli) against the 150 KB brotli budget, what the service worker adds after
# the app is up, and where the wasm's code goes by crate. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
node scripts/size-report.mjs dist
# size-report counts every wasm in dist/; the app's code and the pages loaded on demand
# (lazy-*.wasm, written by scripts/split-wasm.mjs) are fetched after the first load has shown
# the start (the app's) or when opened (a page's), so the first load is without them.
node --input-type=module - dist <<'JS'
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
const dir = process.argv[2];
const br = (name) => {
  const bytes = readFileSync(join(dir, name));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return brotliCompressSync(bytes, { params }).length;
};
const names = readdirSync(dir).filter((name) => ['.wasm', '.js', '.css', '.html'].includes(extname(name)));
const kb = (list) => (list.reduce((sum, name) => sum + br(name), 0) / 1024).toFixed(1);
const lazy = names.filter((name) => name.startsWith('lazy-'));
const first = names.filter((name) => !name.startsWith('lazy-') && name !== 'sw.js');
console.log(`loaded on demand: ${lazy.length} wasm files, ${kb(lazy)} KB brotli`);
for (const name of lazy) console.log(`  ${name.padEnd(72)} ${kb([name]).padStart(6)} KB`);
const mainWasm = first.filter((name) => extname(name) === '.wasm');
console.log(`first load without them: ${kb(first)} KB brotli (wasm ${kb(mainWasm)})`);
// The app's code (src/main.rs's split "app"): index.html preloads it behind the first load.
const app = lazy.filter((name) => name.startsWith('lazy-split_app-'));
console.log(`the app's code, fetched behind it: ${kb(app)} KB; the whole start: ${kb([...first, ...app])} KB`);
JS
echo
# The wasm-bindgen output still has the function names that wasm-opt strips from dist/: the
# first-load wasm of scripts/split-wasm.mjs, else Trunk's whole wasm. By crate, then the
# largest functions and generic families (FUNCTIONS=0 leaves those out).
first_load=$(ls target/split-wasm/release/bindgen/*_bg.wasm 2>/dev/null || echo target/wasm-bindgen/release/partnerdesk_bg.wasm)
node scripts/wasm-crates.mjs "$first_load" 16 "${FUNCTIONS:-25}"
