// Every route of the release build, opened as a deep link, reloaded and reached by the nav.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBook } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const ROUTES = [
  ['/', 'Dashboard'],
  ['/catalog', 'Catalog'],
  ['/customers', 'Customers'],
  ['/customers/9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d', 'Customer 9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d'],
  ['/billing', 'Billing'],
  ['/imports', 'Imports'],
  ['/settings', 'Settings'],
  ['/rules/n14', 'Removing seats (removeQuantity).'],
  ['/no/such/page', 'Page not found'],
];

test('every route renders from a deep link and after a reload, without console errors', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  for (const [path, heading] of ROUTES) {
    await page.goto(url(path));
    await loaded(page);
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.textContent(), heading, path);
    await page.reload();
    await loaded(page);
    assert.equal(await h1.textContent(), heading, `${path} after reload`);
    assert.match(await page.title(), / · PartnerDesk$/);
  }
});

test('the header and navigation lead to every page and mark the current one', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Catalog', 'Customers', 'Billing', 'Settings', 'Dashboard']) {
    await nav.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.equal(await nav.getByRole('link', { name }).getAttribute('aria-current'), 'page');
  }
  assert.equal(new URL(page.url()).pathname, '/');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
});

test('the skip link moves keyboard focus to the page content', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await page.goto(url('/settings'));
  await loaded(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  assert.ok(await skip.evaluate((el) => el === document.activeElement), 'first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
});

test('after following a link, focus is on the new page heading', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Customers', 'Billing', 'Dashboard']) {
    await nav.getByRole('link', { name }).click();
    const heading = page.getByRole('heading', { level: 1, name });
    await page.waitForFunction(
      (text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text,
      name,
    );
    assert.ok(await heading.evaluate((el) => el === document.activeElement), name);
    // Tab goes on from the heading into the page, not back into the header.
    assert.equal(await heading.getAttribute('tabindex'), '-1');
  }
  // Going back is a route change too.
  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Billing');
});

test('a page whose code fails to download says so in its place; the app goes on, a retry opens it', async (t) => {
  const splitFile = /\/lazy-[\w-]+\.wasm$/;
  const { page, context, url } = await openApp(t, {
    // The service worker would answer from its copies; the refused downloads are this test's.
    options: { serviceWorkers: 'block' },
    // The refused downloads, and the split loader's report of each.
    allow: (problem) =>
      /lazy-[\w-]+\.wasm/.test(problem) ||
      /^console error: (TypeError: Failed to fetch|Failed to load resource: net::ERR_FAILED)/.test(problem),
  });
  await startBook(page, url);
  await context.route(splitFile, (route) => route.abort());
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Billing' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await alert.waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Billing' }).count(), 0);
  // The frame goes on: the dashboard, in the first download, still opens.
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await nav.getByRole('link', { name: 'Billing' }).click();
  await alert.waitFor();
  await context.unroute(splitFile);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
});

test("the app's code failing to download says so at the start; a retry starts the app", async (t) => {
  const appFile = /\/lazy-split_app-[\w-]+\.wasm$/;
  const { page, context, url } = await openApp(t, {
    options: { serviceWorkers: 'block' },
    // The refused download (index.html's preload and the loader's fetch), and the loader's report.
    allow: (problem) =>
      /lazy-split_app-[\w-]+\.wasm/.test(problem) ||
      /^console error: (TypeError: Failed to fetch|Failed to load resource: net::ERR_FAILED)/.test(problem),
  });
  await context.route(appFile, (route) => route.abort());
  await page.goto(url('/'));
  const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await alert.waitFor();
  assert.equal(await page.getByText(/^Today: /).count(), 0);
  await context.unroute(appFile);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await loaded(page);
  assert.equal(await alert.count(), 0);
});
