// PartnerDesk's service worker: keeps one build's files so the app opens with no network.
// scripts/sw-precache.mjs (a Trunk post_build hook) writes the two constants below into the
// staged copy, so every build has its own sw.js bytes: the browser compares them on each visit
// and installs a new build's worker beside the running one. That worker waits until the
// partner chooses "Reload" on the app's banner (boot.js then sends 'skip-waiting').
const VERSION = 'PD_VERSION';
const FILES = ['PD_FILES'];
const CACHE = `partnerdesk-${VERSION}`;
// Content-hashed names never change content: the HTTP cache's copy (from the first visit)
// is the right one. Other names (index.html, boot.js) are fetched past the HTTP cache, so an
// older build's copy can't get into this build's cache.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  const requests = FILES.map((path) => new Request(path, { cache: HASHED.test(path) ? 'default' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((key) => key.startsWith('partnerdesk-') && key !== CACHE);
      await Promise.all(older.map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The app routes in the browser: every page is index.html, as the host's SPA fallback does.
  const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : url.href;
  event.respondWith(
    (async () => {
      const cached = await caches.match(key, { cacheName: CACHE });
      return cached ?? fetch(request);
    })(),
  );
});
