// Issue 10 item 3 end to end: two tabs create a customer in the same instant, and tab A reloads
// in the same task as its click, round after round. Each tab stores its actions under a key only
// it writes (its journal), so no interleaving of the two can lose either customer; before, A's
// customer was gone in 3 of 20 rounds. Any console error fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBook } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const ROUNDS = 50;

// A navigation right after another cancels the first page's favicon request; that is no fault.
const allow = (problem) => /favicon\.svg net::ERR_ABORTED$/.test(problem);

async function fillNewCustomer(page, url, name) {
  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByRole('button', { name: 'New customer' }).click();
  await page.getByLabel('Company name').fill(name);
  await page.getByLabel('Primary domain').fill(`${name.toLowerCase().replace(/\W/g, '')}.onmicrosoft.com`);
  await page.getByLabel('Country').fill('NL');
}

/** The company names the customers list shows, once it shows at least `count` of them. */
async function namesShown(page, count) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('table.customers tbody tr th').length >= n,
    count,
    { timeout: 15_000 },
  );
  return page.locator('table.customers tbody tr th').allTextContents();
}

test(`two tabs creating customers at the same instant, one reloading in the same task, ${ROUNDS} rounds: none lost`, async (t) => {
  const { page: a, problems, url } = await openApp(t, { allow });
  const b = await a.context().newPage();
  b.on('console', (m) => m.type() === 'error' && problems.push(`second tab: ${m.text()}`));
  b.on('pageerror', (e) => problems.push(`second tab: ${e.message}`));
  // A book exists already, as for any partner who has worked with PartnerDesk.
  await startBook(a, url);
  await fillNewCustomer(a, url, 'Existing Customer');
  await a.getByRole('button', { name: 'Create customer' }).click();
  await a.getByRole('heading', { level: 1, name: 'Existing Customer' }).waitFor();

  const expected = ['Existing Customer'];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const mine = `Tab A Round ${round}`;
    const theirs = `Tab B Round ${round}`;
    await fillNewCustomer(a, url, mine);
    await fillNewCustomer(b, url, theirs);
    const reloaded = a.waitForEvent('load');
    await Promise.all([
      a.evaluate(() => {
        const create = [...document.querySelectorAll('button')].find((el) => el.textContent.trim() === 'Create customer');
        create.click();
        window.location.reload();
      }),
      b.getByRole('button', { name: 'Create customer' }).click(),
    ]);
    await reloaded;
    // The reloaded page fetches its wasm after the load event: let it start before moving on.
    await loaded(a);
    await b.getByRole('heading', { level: 1, name: theirs }).waitFor();
    expected.push(mine, theirs);
  }

  // Every customer, from a tab opened afterwards: the list shows 50 a page.
  const fresh = await a.context().newPage();
  await fresh.goto(url('/customers'));
  await loaded(fresh);
  const shown = new Set();
  for (let pageNumber = 1; ; pageNumber += 1) {
    await fresh.waitForFunction((n) => document.body.textContent.includes(`Page ${n} of`), pageNumber);
    for (const name of await namesShown(fresh, 1)) shown.add(name.trim());
    const next = fresh.getByRole('button', { name: 'Next page' }).first();
    if (await next.isDisabled()) break;
    await next.click();
  }
  const lost = expected.filter((name) => !shown.has(name));
  assert.deepEqual(lost, [], `${lost.length} of ${expected.length} confirmed customers lost`);
  assert.equal(shown.size, expected.length);
});
