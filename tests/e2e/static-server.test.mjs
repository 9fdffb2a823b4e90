// scripts/static-server.mjs on the release build: the brotli and gzip copies that
// scripts/build.sh made are sent to browsers that accept them, with Content-Encoding and Vary,
// and decode to the file itself; deep links get index.html the same way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../scripts/static-server.mjs';

let server;
let baseUrl;
before(async () => {
  ({ server, url: baseUrl } = await startServer({ dir: 'dist', port: 0 }));
});
after(() => new Promise((done) => server.close(done)));

function fetchRaw(path, acceptEncoding) {
  return new Promise((done, fail) => {
    get(baseUrl + path, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

const wasm = readdirSync('dist').find((name) => name.endsWith('_bg.wasm'));
const DECODE = { br: brotliDecompressSync, gzip: gunzipSync };

test('the wasm goes out as brotli or gzip as the browser accepts, and decodes to the file', async () => {
  const file = readFileSync(`dist/${wasm}`);
  for (const [accept, encoding] of [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=1', 'gzip'],
  ]) {
    const { headers, body } = await fetchRaw(`/${wasm}`, accept);
    assert.equal(headers['content-encoding'], encoding, accept);
    assert.equal(headers.vary, 'accept-encoding');
    assert.equal(headers['content-type'], 'application/wasm');
    assert.equal(Number(headers['content-length']), body.length);
    assert.ok(body.length < file.length / 2, `${encoding} is much smaller`);
    assert.ok(DECODE[encoding](body).equals(file), `${encoding} decodes to the file`);
  }
  const plain = await fetchRaw(`/${wasm}`, 'identity');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'accept-encoding', 'caches keep one copy per encoding');
  assert.ok(plain.body.equals(file));
});

test('a deep link gets index.html compressed, not cached; the manifest has its own type', async () => {
  const { headers, body } = await fetchRaw('/customers/anyone', 'br');
  assert.equal(headers['content-encoding'], 'br');
  assert.equal(headers['cache-control'], 'no-cache');
  assert.ok(brotliDecompressSync(body).equals(readFileSync('dist/index.html')));
  const manifest = await fetchRaw('/manifest.webmanifest', 'identity');
  assert.equal(manifest.headers['content-type'], 'application/manifest+json');
  assert.equal((await fetchRaw('/sw.js', 'identity')).headers['cache-control'], 'no-cache');
});
