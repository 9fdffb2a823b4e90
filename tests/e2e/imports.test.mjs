// Imports end to end, on the release build (issue #5): a file is chosen, checked and previewed,
// and applied only whole. A file with one bad row names the row's line and reason at the field
// and changes nothing; the corrected file then applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomer, startBook, status } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const PRICE_HEADER =
  'Change Indicator,Valid from Date,Valid to Date,Offer Display Name,Offer ID,License Agreement Type,Purchase Unit,Secondary License Type,End Customer Type,List Price,ERP Price';
const E3_UNCHANGED =
  'UNC,10/1/2017,,Office 365 E3,796b6b5f-613c-4e24-a17c-eba730d49c02,Corporate,1 Month,Non-specific,Commercial,20.00,24.00';
const BUSINESS_PREMIUM_AT_13 =
  'CHG,10/1/2017,,Office 365 Business Premium,031c9e47-4802-4248-838e-778fb1d2cc05,Corporate,1 Month,Non-specific,Commercial,13.00,15.60';
const CUSTOMER_HEADER = 'Company name,Domain,Country,Segment,Reseller MPN ID';

function csvFile(name, lines) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') };
}

/** The Monthly price cell of an offer's row in the catalog (Monthly is the default choice). */
async function monthlyPrice(page, url, offer) {
  await page.goto(url('/catalog'));
  await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
  const rows = await page
    .getByRole('table', { name: 'Online services' })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  const row = rows.find((cells) => cells[0] === offer);
  assert.ok(row, `${offer} is in the catalog`);
  return row[1];
}

/** Chooses a file for an import and waits until its text fills the field. */
async function chooseFile(page, what, file) {
  await page.getByLabel(`${what} file`).setInputFiles(file);
  const text = page.getByLabel(`${what} CSV`);
  // A textarea's value has its line breaks as LF.
  const expected = file.buffer.toString().replace(/\r\n/g, '\n');
  await page
    .waitForFunction(([field, want]) => field.value === want, [await text.elementHandle(), expected], { timeout: 5_000 })
    .catch(() => {});
  assert.equal(await text.inputValue(), expected, 'the chosen file fills the text');
}

/** The alert the field points at, read as the field's list of errors. */
async function fieldErrors(page, label) {
  const field = page.getByLabel(label, { exact: true });
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  const ids = (await field.getAttribute('aria-describedby')).split(/\s+/);
  const alert = page.getByRole('alert').filter({ has: page.locator('li') });
  const alertId = await alert.getAttribute('id');
  assert.ok(ids.includes(alertId), `${label} points at its errors`);
  return alert.locator('li').allTextContents();
}

test('a price list with one bad row names the row and changes nothing; the fixed file applies', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  assert.equal(await monthlyPrice(page, url, 'Office 365 Business Premium'), '12.50 USD');

  await page.getByRole('link', { name: 'Import a price list' }).click();
  await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
  const bad = [PRICE_HEADER, BUSINESS_PREMIUM_AT_13, E3_UNCHANGED.replace('20.00', 'twenty')];
  await chooseFile(page, 'Price list', csvFile('pricelist.csv', bad));
  await page.getByRole('button', { name: 'Check price list' }).click();
  await page.getByRole('alert').filter({ hasText: 'Line 3:' }).waitFor();
  assert.deepEqual(await fieldErrors(page, 'Price list CSV'), [
    'Line 3: The list price "twenty" is not an amount such as 12.50.',
  ]);
  assert.equal(await page.getByRole('button', { name: 'Apply price list' }).count(), 0, 'nothing to apply');
  assert.equal(await page.getByRole('table', { name: 'Changes in this price list' }).count(), 0);
  assert.equal(await monthlyPrice(page, url, 'Office 365 Business Premium'), '12.50 USD', 'the price is unchanged');

  await page.goto(url('/imports'));
  await loaded(page);
  await chooseFile(page, 'Price list', csvFile('pricelist.csv', [PRICE_HEADER, BUSINESS_PREMIUM_AT_13, E3_UNCHANGED]));
  await page.getByRole('button', { name: 'Check price list' }).click();
  const plan = page.getByRole('table', { name: 'Changes in this price list' });
  await plan.waitFor();
  const change = plan.getByRole('row').filter({ hasText: 'Office 365 Business Premium' });
  assert.deepEqual(
    (await change.locator('th, td').allTextContents()).slice(0, 6),
    ['2', 'CHG', 'Office 365 Business Premium', '12.50', '13.00', '15.60'],
  );
  await page.getByRole('button', { name: 'Apply price list' }).click();
  await status(page, 'Price list imported: 0 offers added, 1 prices changed, 0 offers retired.');
  assert.equal(await monthlyPrice(page, url, 'Office 365 Business Premium'), '13.00 USD');
});

test('customers: a bad row names its line and creates nobody; the fixed file creates them all', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByText('1 customers.').waitFor();

  await page.getByRole('link', { name: 'Import customers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
  const fabrikam = 'Fabrikam,fabrikam.onmicrosoft.com,NL,Commercial,';
  await chooseFile(
    page,
    'Customers',
    csvFile('customers.csv', [CUSTOMER_HEADER, fabrikam, 'Contoso again,CONTOSO.onmicrosoft.com,US,Commercial,']),
  );
  await page.getByRole('button', { name: 'Check customers' }).click();
  await page.getByRole('alert').filter({ hasText: 'Line 3:' }).waitFor();
  assert.deepEqual(await fieldErrors(page, 'Customers CSV'), [
    'Line 3: The domain contoso.onmicrosoft.com already belongs to the customer "Contoso".',
  ]);
  assert.equal(await page.getByRole('button', { name: /^Create / }).count(), 0, 'nothing to create');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByText('1 customers.').waitFor();

  await page.getByRole('link', { name: 'Import customers' }).click();
  await chooseFile(
    page,
    'Customers',
    csvFile('customers.csv', [CUSTOMER_HEADER, fabrikam, '"Northwind, Inc.",northwind.com,us,education,4390934']),
  );
  await page.getByRole('button', { name: 'Check customers' }).click();
  const created = page.getByRole('table', { name: 'Customers to be created' });
  await created.waitFor();
  assert.equal(await created.locator('tbody tr').count(), 2);
  await page.getByRole('button', { name: 'Create 2 customers' }).click();
  await status(page, '2 customers created.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByText('3 customers.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Northwind, Inc.' }).count(), 1);
});
