// The page around the wasm app, on the release build: the skeleton shown while the wasm
// downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loaded, openApp } from './harness.mjs';

const WASM = /_bg\.wasm$/;

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
