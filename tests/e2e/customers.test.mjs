// Finding and entering customers: search ignores accents and case, a country is chosen from the
// ISO list by name or code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loaded, openApp } from './harness.mjs';
import { createCustomer, startBook } from './flows.mjs';

test('"muller koln" finds Müller Köln GmbH, and so do "KOLN" and "müller"', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
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

test('a country is chosen by its name; "UK" is refused at the field and nothing is created', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Van Dijk BV', domain: 'vandijk.onmicrosoft.com', country: 'Netherlands' });
  await page.goto(url('/customers'));
  await loaded(page);
  const saved = page.getByRole('table', { name: 'Customers' }).locator('tbody tr', { hasText: 'Van Dijk BV' });
  const cells = (await saved.locator('td, th').allTextContents()).map((c) => c.trim());
  assert.ok(cells.includes('NL'), `the country saved as NL: ${cells}`);
  await page.getByRole('button', { name: 'New customer' }).click();
  await page.getByLabel('Company name').fill('Tea Ltd');
  await page.getByLabel('Primary domain').fill('tea.onmicrosoft.com');
  await page.getByLabel('Country').fill('UK');
  await page.getByRole('button', { name: 'Create customer' }).click();
  const country = page.getByLabel('Country');
  await page.waitForFunction(() => document.getElementById(
    document.querySelector('[aria-invalid="true"]')?.getAttribute('aria-describedby')?.split(' ').pop() ?? '',
  )?.textContent.includes('GB'));
  assert.equal(await country.getAttribute('aria-invalid'), 'true');
  const rows = await page.getByRole('table', { name: 'Customers' }).locator('tbody tr').allTextContents();
  assert.ok(!rows.some((r) => r.includes('Tea Ltd')), String(rows));
});

test("a customer's purchase form lists only the offers sold in its country", async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  const offerNames = async () => {
    await page.getByRole('button', { name: 'Purchase a subscription' }).click();
    const names = await page.getByLabel('Offer', { exact: true }).locator('option').allTextContents();
    await page.getByRole('button', { name: 'Close' }).click();
    return names;
  };
  await createCustomer(page, url, { name: 'Van Dijk BV', domain: 'vandijk.onmicrosoft.com', country: 'NL' });
  const dutch = await offerNames();
  assert.ok(dutch.includes('Office 365 E3'), String(dutch));
  assert.ok(!dutch.includes('Office 365 E3 for Government'), 'sold in the US only');
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  assert.ok((await offerNames()).includes('Office 365 E3 for Government'));
});

test('ordering from the catalog lists only customers in a country where the offer is sold', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Van Dijk BV', domain: 'vandijk.onmicrosoft.com', country: 'NL' });
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  const customers = () => page.getByLabel('Customer', { exact: true }).locator('option').allTextContents();
  await page.getByRole('button', { name: 'Choose Office 365 E3 for Government' }).click();
  assert.deepEqual(await customers(), ['Choose a customer', 'Contoso (contoso.onmicrosoft.com)']);
  await page.getByText('Only customers in a country where this offer is sold are listed.').waitFor();
  await page.getByRole('button', { name: 'Choose Office 365 E3', exact: true }).click();
  assert.deepEqual(await customers(), [
    'Choose a customer',
    'Contoso (contoso.onmicrosoft.com)',
    'Van Dijk BV (vandijk.onmicrosoft.com)',
  ]);
});

test('in Dutch the country list names countries in Dutch, and "Duitsland" is saved as DE', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await page.getByLabel('Language', { exact: true }).selectOption('nl');
  await page.goto(url('/customers'));
  await page.getByRole('heading', { level: 1, name: 'Klanten' }).waitFor();
  await page.getByRole('button', { name: 'Nieuwe klant' }).click();
  const options = await page.locator('#country-list option').evaluateAll((all) => all.map((o) => o.value));
  assert.ok(options.includes('Nederland (NL)'), options.slice(0, 5).join(', '));
  assert.ok(options.includes('Duitsland (DE)'));
  await page.getByLabel('Bedrijfsnaam').fill('Schmidt AG');
  await page.getByLabel('Primair domein').fill('schmidt.onmicrosoft.com');
  await page.getByLabel('Land', { exact: true }).fill('Duitsland');
  await page.getByRole('button', { name: 'Klant aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Schmidt AG' }).waitFor();
  await page.getByText('schmidt.onmicrosoft.com · DE').waitFor();
});
