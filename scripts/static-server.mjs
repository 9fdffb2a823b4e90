// Serves a built dist/ the way a CDN with an SPA rewrite and compression does: files as they
// are, or their brotli/gzip copies made at build time (scripts/precompress.mjs) when the browser
// accepts them, and index.html for any other path without a file extension, so deep links
// survive a reload.
// Usage: node scripts/static-server.mjs [dir=dist] [port=8080] [host=127.0.0.1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // instantiateStreaming refuses wasm served under any other type.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

async function fileAt(root, urlPath) {
  let path;
  try {
    path = resolve(root, '.' + decodeURIComponent(urlPath));
  } catch {
    return null; // malformed percent-encoding
  }
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileAt(root, join(urlPath, 'index.html'));
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

// The copies that scripts/precompress.mjs wrote at build time: `file.br` or `file.gz` when the
// browser accepts that encoding, else the file itself. `vary` is set whenever a copy exists, so
// that caches in between keep one response per encoding.
async function precompressed(path, acceptEncoding) {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.split(';').map((token) => token.trim().toLowerCase()))
      .filter(([, ...params]) => !params.some((param) => /^q=0(\.0*)?$/.test(param)))
      .map(([name]) => name),
  );
  let vary = false;
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    const exists = await stat(path + suffix).then((info) => info.isFile(), () => false);
    vary ||= exists;
    if (exists && accepted.has(encoding)) return { path: path + suffix, encoding, vary: true };
  }
  return { path, encoding: null, vary };
}

export async function startServer({ dir = 'dist', port = 8080, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  await stat(index); // fail early, with the path, when nothing was built
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url, 'http://x').pathname;
    let path = await fileAt(root, urlPath);
    let status = 200;
    if (!path) {
      // A path with an extension is a missing asset: a 404 shows the mistake instead of
      // handing HTML to a <script> tag.
      if (extname(urlPath)) status = 404;
      else path = index;
    }
    if (status === 404) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(path);
    const headers = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const variant = await precompressed(path, req.headers['accept-encoding'] ?? '');
    if (variant.vary) headers.vary = 'accept-encoding';
    if (variant.encoding) headers['content-encoding'] = variant.encoding;
    const body = await readFile(variant.path);
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const { port: bound } = server.address();
  return { server, url: `http://${host}:${bound}` };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080', host = '127.0.0.1'] = process.argv.slice(2);
  const { url } = await startServer({ dir, port: Number(port), host });
  console.log(`Serving ${resolve(dir)} on ${url} (Ctrl-C to stop)`);
}
