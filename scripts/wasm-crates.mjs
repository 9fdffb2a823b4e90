// Where the wasm's code goes, by crate: sums the size of every function body of a wasm that
// still has its "name" section (Trunk's wasm-bindgen output, before wasm-opt strips the names)
// under the crate its name points at, and compresses each crate's bodies together (brotli).
// Generic code is counted where it is defined: a Leptos view of the app's is `tachys`, a serde
// visitor of the core's types is the core's.
// With a third argument, also the largest functions and the largest families of functions (one
// generic function's copies, its type arguments left out): what monomorphisation costs.
// Usage: node scripts/wasm-crates.mjs <file.wasm> [how many crates] [how many functions]
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const FUNCTION_IMPORT = 0;
const SECTION = { custom: 0, import: 2, code: 10 };

/** The sizes of the function bodies and the names of the functions, by function index. */
function readFunctions(bytes) {
  let at = 8; // after the magic number and the version
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const text = () => {
    const length = leb();
    at += length;
    return bytes.subarray(at - length, at).toString();
  };
  const skipLimits = () => {
    if (bytes[at++] & 1) leb();
    leb();
  };
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const end = leb() + at;
    if (id === SECTION.import) {
      for (let count = leb(); count > 0; count -= 1) {
        text();
        text();
        const kind = bytes[at++];
        if (kind === FUNCTION_IMPORT) {
          importedFunctions += 1;
          leb();
        } else if (kind === 1) {
          at += 1; // table: element type, then limits
          skipLimits();
        } else if (kind === 2) {
          skipLimits(); // memory
        } else if (kind === 3) {
          at += 2; // global: value type, mutability
        } else {
          at += 1; // tag: attribute, then type index
          leb();
        }
      }
    } else if (id === SECTION.code) {
      for (let count = leb(); count > 0; count -= 1) {
        const size = leb();
        bodies.push(bytes.subarray(at, at + size));
        at += size;
      }
    } else if (id === SECTION.custom && text() === 'name') {
      while (at < end) {
        const subsection = bytes[at++];
        const subsectionEnd = leb() + at;
        if (subsection === 1) {
          for (let count = leb(); count > 0; count -= 1) names.set(leb(), text());
        }
        at = subsectionEnd;
      }
    }
    at = end;
  }
  return bodies.map((body, i) => ({ body, size: body.length, name: names.get(importedFunctions + i) ?? '' }));
}

/** The crate a demangled name belongs to: "<A as B>::f" is A's crate, or B's when A is a
 * generic parameter or a primitive; "<A>::f" is A's; "<str>::f" and the like are Rust's own
 * `core`. Names of a std built from source carry each crate's hash ("core[27cd…]::"): left out. */
function crateOf(name) {
  const bare = withoutCrateHashes(name);
  const path = (s) => s.replace(/^(<|&|mut |dyn |\*const |\*mut |\[|\()+/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)::/)?.[1];
  const implFor = bare.match(/^<(.+?) as (.+?)>::/);
  if (implFor) return path(implFor[1]) ?? path(implFor[2]) ?? 'core';
  if (/^<[a-z0-9]+>::/.test(bare)) return 'core';
  return path(bare) ?? (name ? 'other (runtime, allocator, intrinsics)' : 'unnamed');
}

function withoutCrateHashes(name) {
  return name.replace(/\[[0-9a-f]{8,}\]/g, '');
}

/** A function's name without its generic arguments and hash: the family its copies share. */
function familyOf(name) {
  let family = withoutCrateHashes(name).replace(/::h[0-9a-f]{16}$/, '');
  // Innermost brackets first: a qualified path "<A as B>" keeps its two types (as «A as B»),
  // a list of generic arguments becomes "<…>".
  for (let before = ''; before !== family; ) {
    before = family;
    family = family.replace(/<([^<>]*)>/g, (_, inner) => (/ as /.test(inner) ? `«${inner}»` : '⟨…⟩'));
  }
  return family.replace(/«/g, '<').replace(/»/g, '>').replace(/⟨…⟩/g, '<…>');
}

/** The `count` largest entries of a map of name → { size, copies }. */
function printLargest(title, entries, count) {
  console.log(title);
  for (const [name, { size, copies }] of [...entries].sort((a, b) => b[1].size - a[1].size).slice(0, count)) {
    console.log(`${kb(size)} KB ${String(copies).padStart(5)}×  ${name.slice(0, 160)}`);
  }
}

const [file, top = '15', topFunctions] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/wasm-crates.mjs <file.wasm> [crates] [functions]');
const functions = readFunctions(readFileSync(file));
const byCrate = new Map();
for (const f of functions) {
  const crate = crateOf(f.name);
  byCrate.set(crate, [...(byCrate.get(crate) ?? []), f]);
}
const total = functions.reduce((sum, f) => sum + f.size, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
// Brotli finds the copies of a generic function in one another: a crate's code compressed on
// its own says what the crate adds to the download better than its raw size.
const brotli = (list) =>
  brotliCompressSync(Buffer.concat(list.map((f) => f.body)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  }).length;
console.log(`code before wasm-opt, by crate (${functions.length} functions, ${(total / 1024).toFixed(1)} KB,`);
console.log(`${(brotli(functions) / 1024).toFixed(1)} KB as brotli; each crate's code compressed alone):`);
console.log(`${'raw'.padStart(8)}    ${'brotli'.padStart(8)}`);
const size = (list) => list.reduce((sum, f) => sum + f.size, 0);
const sorted = [...byCrate].sort((a, b) => size(b[1]) - size(a[1]));
for (const [crate, list] of sorted.slice(0, Number(top))) console.log(`${kb(size(list))} KB ${kb(brotli(list))} KB  ${crate}`);
const rest = sorted.slice(Number(top)).flatMap(([, list]) => list);
if (rest.length > 0) {
  console.log(`${kb(size(rest))} KB ${kb(brotli(rest))} KB  ${sorted.length - Number(top)} other crates`);
}

if (Number(topFunctions) > 0) {
  const count = Number(topFunctions);
  const single = functions.map(({ name, size }) => [withoutCrateHashes(name).replace(/::h[0-9a-f]{16}$/, ''), { size, copies: 1 }]);
  printLargest(`\nthe ${count} largest functions:`, single, count);
  const families = new Map();
  for (const { size, name } of functions) {
    const family = families.get(familyOf(name)) ?? { size: 0, copies: 0 };
    families.set(familyOf(name), { size: family.size + size, copies: family.copies + 1 });
  }
  printLargest(`\nthe ${count} largest families (a generic function's copies together):`, families, count);
}
