// Offline and installable (issue #15): after one visit the service worker has kept the build,
// so the app opens and records actions with the network off and the server gone; Chromium finds
// nothing missing to install it; a new build deployed shows a banner, and only the tab whose
// partner chose "Reload" reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';
import { chooseProgram, createCustomer } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

/** A server of its own, on a copy of dist/ when the test changes files. */
async function ownServer(t, { copy = false, port = 0 } = {}) {
  let dir = 'dist';
  if (copy) {
    dir = await mkdtemp(join(tmpdir(), 'partnerdesk-dist-'));
    await cp('dist', dir, { recursive: true });
    t.after(() => rm(dir, { recursive: true, force: true }));
  }
  const { server, url } = await startServer({ dir, port });
  const stop = () =>
    new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  t.after(() => (server.listening ? stop() : undefined));
  return { dir, url, stop };
}

/** Waits until the page is controlled by the build's worker, its files all kept. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

function bookText(page) {
  return page.evaluate(() => localStorage.getItem('partnerdesk.book.v1'));
}

test('after one visit the app opens, routes and stores an action with no network and no server', async (t) => {
  const site = await ownServer(t);
  const { page, context } = await openApp(t);
  const url = (path) => site.url + path;
  await page.goto(url('/'));
  await loaded(page);
  await chooseProgram(page);
  await controlled(page);

  await context.setOffline(true);
  await site.stop();
  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  const before = await bookText(page);
  await createCustomer(page, url, { name: 'Offline Oy', domain: 'offline.onmicrosoft.com', country: 'FI' });
  assert.notEqual(await bookText(page), before, 'the action is stored');

  await page.reload();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Offline Oy' }).waitFor();
});

test('the app is installable: a manifest with icons and a worker, nothing missing', async (t) => {
  const { page, context, url } = await openApp(t);
  await page.goto(url('/'));
  await loaded(page);
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  assert.match(manifest.url, /\/manifest\.webmanifest$/);
});

test('a new build deployed: a banner offers to reload, and only the tab that asked reloads', async (t) => {
  const site = await ownServer(t, { copy: true });
  const { page, context } = await openApp(t);
  const url = (path) => site.url + path;
  await page.goto(url('/'));
  await loaded(page);
  await chooseProgram(page);
  await controlled(page);
  const other = await context.newPage();
  await other.goto(url('/settings'));
  await loaded(other);
  await controlled(other);
  await other.evaluate(() => {
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      window.controllerChanged = true;
    });
  });

  // Deploy: a build whose worker differs (its version), without the precompressed copies of
  // the old one.
  const sw = join(site.dir, 'sw.js');
  const version = (await readFile(sw, 'utf8')).match(/const VERSION = "([0-9a-f]{16})"/)[1];
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(version, `${version}-next`));
  await Promise.all(['.br', '.gz'].map((suffix) => rm(sw + suffix, { force: true })));

  const banner = page.getByRole('status').filter({ hasText: 'A new version of PartnerDesk is available.' });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await banner.waitFor();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to use it' }).click()]);
  await loaded(page);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`partnerdesk-${version}-next`], 'only the new build kept');
  assert.equal(await banner.count(), 0, 'the reloaded tab runs the new build');

  // The other tab is now served by the new worker too, but was not reloaded under the partner's
  // hands (its document, with the flag, is still there): it offers the reload instead.
  await other.waitForFunction(() => window.controllerChanged === true);
  await other.getByRole('status').filter({ hasText: 'A new version of PartnerDesk is available.' }).waitFor();
});
