// Searching ignores accents and case: partners type names as their keyboard allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loaded, openApp } from './harness.mjs';
import { createCustomer } from './flows.mjs';

test('"muller koln" finds Müller Köln GmbH, and so do "KOLN" and "müller"', async (t) => {
  const { page, url } = await openApp(t);
  await createCustomer(page, url, { name: 'Müller Köln GmbH', domain: 'mueller.onmicrosoft.com', country: 'DE' });
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await page.goto(url('/customers'));
  await loaded(page);
  const body = page.getByRole('table', { name: 'Customers' }).locator('tbody');
  await body.filter({ hasText: 'Contoso' }).waitFor();
  for (const query of ['muller koln', 'KOLN', 'müller']) {
    await page.getByLabel('Search customers').fill(query);
    await body.filter({ hasNotText: 'Contoso' }).waitFor();
    const rows = await body.locator('tr').allTextContents();
    assert.equal(rows.length, 1, `${query}: ${rows}`);
    assert.match(rows[0], /Müller Köln GmbH/, query);
  }
});
