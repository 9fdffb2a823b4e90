// Trunk post_build hook (Trunk.toml): splits the app's code (src/main.rs) and the pages loaded
// on demand (src/app/on_demand.rs) out of the first load's wasm, then writes sw.js's file list
// (scripts/sw-precache.mjs) once every file is staged. Trunk runs the hooks of one stage side by
// side, so this one hook does both, in that order.
//
// Trunk cannot split (trunk-rs/trunk#1022): it runs wasm-bindgen and wasm-opt on the whole wasm.
// wasm-split-cli needs the linker's output with its relocations (build.rs keeps them), before
// wasm-bindgen, so this redoes the last steps from cargo's wasm and replaces Trunk's staged glue
// and wasm under the same hashed names (index.html and boot.js name them):
//   1. wasm-split-cli: the main wasm, one wasm per split (and per chunk that splits share), and
//      the JS that loads them (fetch + WebAssembly.instantiateStreaming: the CSP's
//      'wasm-unsafe-eval' and connect-src 'self' allow both);
//   2. wasm-bindgen on the main wasm (--keep-lld-exports: the splits import its table, memory
//      and globals), as Trunk called it;
//   3. wasm-opt on every wasm, as Trunk called it (release only);
//   4. the splits and their loader renamed with a hash of their content ("lazy-…-<hash>.wasm",
//      "wasm-split-<hash>.js"), so hosts may cache them like every other hashed file;
//   5. index.html preloads the app's code at low priority: it downloads behind the first load
//      instead of after it has started.
// The app's split ("app") is loaded before any other, so setup.sh's wasm-split-cli (patched:
// scripts/wasm-split-loaded-first.patch) puts what it shares with the pages into it.
// Without split points (no feature split-routes) the staged files are left as Trunk made them.
// Usage outside Trunk: TRUNK_STAGING_DIR=<dir> TRUNK_PROFILE=release node scripts/split-wasm.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CRATE = 'partnerdesk';
const PLACEHOLDER = '__wasm_split_placeholder__';
const LOADER = '__wasm_split.js';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const release = process.env.TRUNK_PROFILE === 'release';

const APP_SPLIT = 'app';

const run = (command, args, env = process.env) =>
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const stagedWasm = readdirSync(stage).find((name) => name.startsWith(`${CRATE}-`) && name.endsWith('_bg.wasm'));
if (!stagedWasm) throw new Error(`no ${CRATE}-<hash>_bg.wasm in ${stage}`);
const stem = stagedWasm.slice(0, -'_bg.wasm'.length);

/** Trunk's glue and wasm replaced by the split ones; the splits and their loader staged beside. */
function split() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? 'target';
  const profile = release ? 'release' : 'debug';
  const linked = join(targetDir, 'wasm32-unknown-unknown', profile, `${CRATE}.wasm`);
  // Kept after the build: scripts/bench-size.sh reads the main wasm's function names here.
  const work = join(targetDir, 'split-wasm', profile);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const split = join(work, 'split');
  const bindgen = join(work, 'bindgen');
  run('wasm-split-cli', [linked, split, '--out-name', stem], { ...process.env, WASM_SPLIT_LOADED_FIRST: APP_SPLIT });
  run('wasm-bindgen', ['--target=web', '--keep-lld-exports', '--no-typescript', `--out-dir=${bindgen}`,
    `--out-name=${stem}`, join(split, `${stem}.wasm`)]);
  const optimise = (from, to) => (release ? run('wasm-opt', [`--output=${to}`, '-Oz', from]) : copyFileSync(from, to));

  let loader = readFileSync(join(split, LOADER), 'utf8');
  // The loader names each chunk's splits in a comment: none may be the app's.
  if (new RegExp(`/\\* (.*, )?${APP_SPLIT}(, .*)? \\*/`).test(loader)) {
    throw new Error('wasm-split-cli made chunks of the app\'s code: run scripts/setup.sh for the patched one');
  }
  const parts = readdirSync(split).filter((name) => name.endsWith('.wasm') && name !== `${stem}.wasm`);
  for (const part of parts) {
    const optimised = join(work, part);
    optimise(join(split, part), optimised);
    const bytes = readFileSync(optimised);
    const hashed = `lazy-${part.slice(0, -'.wasm'.length)}-${contentHash(bytes)}.wasm`;
    writeFileSync(join(stage, hashed), bytes);
    loader = loader.replaceAll(`"./${part}"`, `"./${hashed}"`);
  }
  const loaderName = `wasm-split-${contentHash(loader)}.js`;
  writeFileSync(join(stage, loaderName), loader);
  const splitGlue = readFileSync(join(bindgen, `${stem}.js`), 'utf8');
  // One import statement per split names the file; the imports object keeps the wasm's module name.
  const importStatement = ` from "./${LOADER}"`;
  if (!splitGlue.includes(importStatement)) throw new Error(`${stem}.js does not import ./${LOADER}`);
  writeFileSync(join(stage, `${stem}.js`), splitGlue.replaceAll(importStatement, ` from "./${loaderName}"`));
  optimise(join(bindgen, `${stem}_bg.wasm`), join(stage, stagedWasm));
  preloadAppCode(readdirSync(stage).find((name) => name.startsWith(`lazy-split_${APP_SPLIT}-`)));
  console.log(`split-wasm: ${parts.length} wasm files loaded on demand, loader ${loaderName}`);
}

/** index.html fetches the app's code (`file`) beside the first load, after it (low priority). */
function preloadAppCode(file) {
  if (!file) throw new Error(`no lazy-split_${APP_SPLIT}-<hash>.wasm staged`);
  const html = readFileSync(join(stage, 'index.html'), 'utf8');
  const link = `<link as=fetch crossorigin fetchpriority=low href=/${file} rel=preload type=application/wasm>`;
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  writeFileSync(join(stage, 'index.html'), html.replace('</head>', `${link}</head>`));
}

if (readFileSync(join(stage, `${stem}.js`), 'utf8').includes(PLACEHOLDER)) split();
run('node', ['scripts/sw-precache.mjs']);
