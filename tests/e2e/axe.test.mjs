// axe-core (the npm dev dependency, never a CDN) on every route of the tour, on a wide screen
// and on a phone with the menu open: any violation, of any impact, fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chooseProgram } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';
import { seedBook, views } from './tour.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's violations on the page as it is, one line each: rule, impact, the first elements. */
async function violations(page) {
  // Added per document, as a <script> tag: the page's CSP allows no inline script, so the test's
  // context is opened with bypassCSP (the CSP itself is tested in security.test.mjs).
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('axe finds no violation on any route', async (t) => {
  const { page, url } = await openApp(t, { options: { bypassCSP: true } });
  const book = await seedBook(page, url);
  for (const [name, open] of views(url, book)) {
    await open(page);
    assert.deepEqual(await violations(page), [], name);
  }
});

test('axe finds no violation on a phone, with the menu open', async (t) => {
  const { page, url } = await openApp(t, { options: { bypassCSP: true, viewport: { width: 390, height: 844 } } });
  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByRole('dialog', { name: 'Which program do you bill under?' }).waitFor();
  assert.deepEqual(await violations(page), [], 'the first visit\'s question');
  await chooseProgram(page);
  assert.deepEqual(await violations(page), [], 'menu closed');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByLabel('Move today to').waitFor();
  assert.deepEqual(await violations(page), [], 'menu open');
});
