// Writes a brotli (quality 11) and a gzip (level 9) copy beside every text or wasm file of a
// build, once at build time, so that scripts/static-server.mjs sends them without compressing
// per request (the wasm is about 1.5 MB raw, under 400 KB brotli). A copy that would not be
// smaller is not written.
// Usage: node scripts/precompress.mjs [dist]
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = ['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt'];

const dir = process.argv[2] ?? 'dist';
const files = (await readdir(dir, { withFileTypes: true }))
  .filter((entry) => entry.isFile() && COMPRESSIBLE.includes(extname(entry.name)))
  .map((entry) => entry.name);

let before = 0;
let after = 0;
for (const name of files) {
  const path = join(dir, name);
  const bytes = await readFile(path);
  const copies = {
    '.br': brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    '.gz': gzipSync(bytes, { level: 9 }),
  };
  for (const [suffix, copy] of Object.entries(copies)) {
    // A copy left by an earlier build of the same name must not outlive a file that changed.
    if (copy.length < bytes.length) await writeFile(path + suffix, copy);
    else await rm(path + suffix, { force: true });
  }
  before += bytes.length;
  after += Math.min(bytes.length, copies['.br'].length);
}
console.log(`precompressed ${files.length} files: ${(before / 1024).toFixed(1)} KB, ${(after / 1024).toFixed(1)} KB as brotli`);
