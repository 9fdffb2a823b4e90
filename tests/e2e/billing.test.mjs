// Billing end to end, on the release build: an invoice's reconciliation file is downloaded as
// a partner would, then read back with the tests' own CSV parser (csv.mjs, not the app's), and held to
// what the page shows: SPEC R2's exact header, one row per line on screen, and Amount summing
// to the invoice total (R4); a name with a formula sign, comma, quotes and umlauts survives (R5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cents, download, parseCsv } from './csv.mjs';
import { changeLicenses, createCustomer, moveToday, purchase, startBook, status } from './flows.mjs';
import { openApp } from './harness.mjs';

const R2_HEADER = [
  'PartnerId', 'CustomerId', 'CustomerName', 'MpnId', 'ResellerMpnId', 'OrderId', 'SubscriptionId',
  'SyndicationPartnerSubscriptionNumber', 'OfferId', 'DurableOfferId', 'OfferName',
  'SubscriptionStartDate', 'SubscriptionEndDate', 'ChargeStartDate', 'ChargeEndDate', 'ChargeType',
  'UnitPrice', 'Quantity', 'Amount', 'TotalOtherDiscount', 'Subtotal', 'Tax', 'TotalForCustomer',
  'Currency', 'DomainName', 'SubscriptionName', 'SubscriptionDescription', 'BillingCycleType',
];

const NAME = '=Müller, "Büro" GmbH';

test('an invoice\'s reconciliation CSVs match the invoice on screen, row by row and to the cent', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, { name: NAME, domain: 'mueller.onmicrosoft.com', country: 'DE' });

  // 10 monthly E3 on 6/1, 12 from 6/5, cancelled on 6/11: charges and credits on the 6/15 invoice.
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await moveToday(page, '2018-06-05');
  await changeLicenses(page, 'Office 365 E3', 12);
  await moveToday(page, '2018-06-11');
  await page.getByRole('button', { name: 'Manage Office 365 E3' }).click();
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await page.getByRole('button', { name: 'Confirm cancellation' }).click();
  await status(page, 'Subscription cancelled');

  await moveToday(page, '2018-07-20');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
  await page.getByRole('button', { name: 'Show PD20180615' }).click();
  await page.getByRole('heading', { level: 2, name: 'Invoice PD20180615' }).waitFor();

  const invoice = page.getByRole('region', { name: 'Invoice PD20180615' });
  const lines = invoice.getByRole('table', { name: 'Lines of this invoice' });
  const onScreen = await lines.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent.trim())),
  );
  const total = (await invoice.locator('.invoice-total').textContent()).replace(' USD', '');
  assert.ok(onScreen.length >= 3, `purchase, change and credits: ${JSON.stringify(onScreen)}`);
  assert.ok(onScreen.some((r) => r[2] === 'Cancel fee' && r[6].startsWith('-')), 'a credit line');
  assert.equal(
    onScreen.reduce((sum, r) => sum + cents(r[6], '.'), 0),
    cents(total, '.'),
    'the lines on screen add up to the total on screen',
  );

  const standard = await download(page, 'Download reconciliation CSV');
  assert.equal(standard.name, 'My-CSP-Partner_recon_2018-06-15.csv');
  const records = parseCsv(standard.bytes.toString('utf8'), ',');
  assert.deepEqual(records[0], R2_HEADER, 'R2: exactly these columns in this order');
  const rows = records.slice(1);
  assert.equal(rows.length, onScreen.length, 'one row per line on screen');
  assert.ok(rows.every((r) => r.length === 28), 'every row has 28 fields');
  const column = (name) => R2_HEADER.indexOf(name);
  assert.equal(
    rows.reduce((sum, r) => sum + cents(r[column('Amount')], '.'), 0),
    cents(total, '.'),
    'R4: Amount sums to the invoice total',
  );
  assert.ok(rows.every((r) => r[column('CustomerName')] === `'${NAME}`), 'R5: formula neutralised, the rest intact');
  assert.deepEqual(
    rows.map((r) => r[column('ChargeType')]).sort(),
    onScreen.map((r) => r[2]).sort(),
    'the same charge types as on screen',
  );
  assert.ok(rows.every((r) => /^\d{1,2}\/\d{1,2}\/\d{4} 0:00$/.test(r[column('ChargeStartDate')])), 'R3 dates');
  await status(page, `Downloaded ${standard.name}: ${rows.length} rows`);

  const excel = await download(page, 'Download reconciliation CSV for Excel (semicolons, decimal comma)');
  assert.deepEqual([...excel.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const excelRecords = parseCsv(excel.bytes.subarray(3).toString('utf8'), ';');
  assert.equal(excelRecords[0].length, 28);
  assert.equal(excelRecords.length - 1, onScreen.length);
  const amount = excelRecords[0].indexOf('Amount');
  assert.ok(excelRecords.slice(1).every((r) => /^-?\d+,\d\d$/.test(r[amount])), 'decimal comma');
  assert.equal(
    excelRecords.slice(1).reduce((sum, r) => sum + cents(r[amount], ','), 0),
    cents(total, '.'),
  );

  // A charge-type filter narrows the lines; the trial pipeline downloads as its own file.
  await invoice.getByLabel('Charge type').selectOption({ label: 'Cancel fee' });
  await invoice.getByText(/^\d+ of \d+ lines shown/).filter({ hasText: `of ${onScreen.length} lines` }).waitFor();
  const cancelRows = await lines.locator('tbody tr').count();
  assert.equal(cancelRows, onScreen.filter((r) => r[2] === 'Cancel fee').length);
  const trials = await download(page, 'Download trial pipeline CSV');
  assert.equal(trials.name, 'My-CSP-Partner_trials_2018-07-20.csv');
  assert.deepEqual(parseCsv(trials.bytes.toString('utf8'), ',')[0], ['Customer', 'Offer', 'Start', 'Expiry', 'Days left', 'Status']);
});
