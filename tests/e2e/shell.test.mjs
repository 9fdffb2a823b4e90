// The page around the wasm app, on the release build: the skeleton shown while the wasm
// downloads, and the page that public/boot.js shows when the wasm fails to load or traps, with
// the stored data to download exactly as it is and a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createCustomer, startBook } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const WASM = /_bg\.wasm$/;

/** The smallest module whose one function traps: (func (export "trap") unreachable). */
const TRAPPING_MODULE = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, // export "trap" = function 0
  0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, // code: no locals, unreachable, end
];

/** Every value the app stored, key by key. */
function storedData(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('partnerdesk.'))
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}

/** A book with one customer, so that there is stored data worth keeping. */
async function bookWithACustomer(page, url) {
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  const stored = await storedData(page);
  assert.ok(stored['partnerdesk.book.v1'], 'the book is stored');
  return stored;
}

test('the skeleton and "Loading PartnerDesk…" show until the wasm has arrived and the app is up', async (t) => {
  const { page, url } = await openApp(t);
  let releaseWasm;
  const wasmHeld = new Promise((resolve) => {
    releaseWasm = resolve;
  });
  let wasmRequested;
  const requested = new Promise((resolve) => {
    wasmRequested = resolve;
  });
  await page.route(WASM, async (route) => {
    wasmRequested();
    await wasmHeld;
    await route.continue();
  });
  await page.goto(url('/settings'), { waitUntil: 'commit' });
  await requested;
  await page.getByRole('status').filter({ hasText: 'Loading PartnerDesk…' }).waitFor();
  assert.equal(await page.locator('.app-header .app-name').textContent(), 'PartnerDesk');
  assert.equal(await page.getByText(/^Today: /).count(), 0, 'the app is not there yet');

  releaseWasm();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  assert.equal(await page.locator('#boot-screen').count(), 0, 'the skeleton is gone');
  assert.equal(await page.getByText('Loading PartnerDesk…').count(), 0);
});

test('a wasm that fails to load: what happened, the stored data as it is, and a reload', async (t) => {
  // Requests a service worker answers never reach page.route: this test has none.
  const { page, url } = await openApp(t, { options: { serviceWorkers: 'block' } });
  const stored = await bookWithACustomer(page, url);

  await page.route(WASM, (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not a wasm module') }),
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'PartnerDesk could not start' }).waitFor();
  assert.match(await page.getByRole('main').textContent(), /Your stored data is untouched/);
  assert.match(await page.locator('details pre').textContent(), /^CompileError: /);
  assert.equal(await page.getByText('Loading PartnerDesk…').count(), 0, 'the skeleton made way');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the stored data' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^partnerdesk-stored-data-\d{4}-\d\d-\d\d\.json$/);
  assert.deepEqual(JSON.parse(await readFile(await download.path(), 'utf8')), stored, 'every key, as stored');
  assert.deepEqual(await storedData(page), stored, 'nothing was written');

  await page.unroute(WASM);
  await page.getByRole('button', { name: 'Reload PartnerDesk' }).click();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
});

test('a trap while the app runs replaces the app with the same way out; the data stays as it was', async (t) => {
  const { page, url } = await openApp(t, { allow: (p) => p === 'page error: unreachable' });
  const stored = await bookWithACustomer(page, url);

  // A real WebAssembly trap, uncaught, as a Rust panic in the app's wasm ends (panic = "abort").
  await page.evaluate(async (bytes) => {
    const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes));
    setTimeout(() => instance.exports.trap());
  }, TRAPPING_MODULE);
  await page.getByRole('heading', { level: 1, name: 'PartnerDesk stopped because of an error' }).waitFor();
  assert.equal(await page.locator('details pre').textContent(), 'RuntimeError: unreachable');
  assert.equal(await page.getByText(/^Today: /).count(), 0, 'the stopped app is gone from the page');
  assert.equal(await page.title(), 'Stopped · PartnerDesk');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'focus on the explanation');
  assert.deepEqual(await storedData(page), stored);

  await page.getByRole('button', { name: 'Reload PartnerDesk' }).click();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
});
