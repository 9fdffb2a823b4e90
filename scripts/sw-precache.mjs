// Trunk post_build hook (Trunk.toml): writes the build's file list and a version into the staged
// sw.js. Trunk runs it after index.html is written to TRUNK_STAGING_DIR and before that folder
// replaces dist/, so the list is exactly what will be deployed, hashed names included.
// Usage outside Trunk: node scripts/sw-precache.mjs <staging dir>
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook or pass the folder');
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';

const names = (await readdir(stage, { withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js')
  .map((entry) => entry.name)
  .sort();
// The version changes whenever any file's name or content does, so does sw.js, and the browser
// installs the new build's worker.
const digest = createHash('sha256');
for (const name of names) digest.update(name).update('\0').update(await readFile(join(stage, name)));
const version = digest.digest('hex').slice(0, 16);

const swPath = join(stage, 'sw.js');
const template = await readFile(swPath, 'utf8');
if (!template.includes("'PD_VERSION'") || !template.includes("['PD_FILES']")) {
  throw new Error(`${swPath} lacks the PD_VERSION or PD_FILES placeholder`);
}
const filled = template
  .replace("'PD_VERSION'", JSON.stringify(version))
  .replace("['PD_FILES']", JSON.stringify(names.map((name) => publicUrl + name)));
await writeFile(swPath, filled);
console.log(`sw.js: ${names.length} files to keep offline, version ${version}`);
