// Reconciliation under new commerce (profile 2022), end to end on the release build (issue
// #12): two purchases, May's R6 file downloaded from Billing with one Subtotal changed as
// Microsoft's file might hold it, then dropped on the Reconcile page's drop zone (dragenter,
// dragover, drop with a DataTransfer made in the page, as a partner's drag from the desktop
// arrives): exactly that one difference is shown. A legacy file is refused in plain words. A
// fresh book is started from an R6 file: its customers and subscriptions as the file shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { download, parseCsv } from './csv.mjs';
import { createCustomer, moveToday, NEW_COMMERCE, purchaseNce, startBook } from './flows.mjs';
import { openApp } from './harness.mjs';

const PREMIUM = 'Microsoft 365 Business Premium';
const STANDARD = 'Microsoft 365 Business Standard';

/** Records as a CSV file's text: a field is quoted only when it must be, CRLF line ends. */
function csvText(records) {
  const field = (f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  return records.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Drops `text` as the file `name` on `target`, the way a drag from the desktop arrives. */
async function dropFile(page, target, name, text) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/csv' }));
      return transfer;
    },
    { name, text },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await target.dispatchEvent(type, { dataTransfer });
  }
}

test('under new commerce, May\'s R6 file with one changed Subtotal, dropped on the page, shows exactly that', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url, NEW_COMMERCE);
  await moveToday(page, '2025-05-05');
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await purchaseNce(page, { offer: PREMIUM, seats: 10, termPlan: '1 year, billed monthly' });
  await purchaseNce(page, { offer: STANDARD, seats: 4, termPlan: '1 month, paid up front' });
  await moveToday(page, '2025-06-10');

  // May's invoice is issued on 6/8: its R6 file, from Billing.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  const issued = page.getByRole('table', { name: 'Invoices issued up to today, newest first' });
  await issued.waitFor();
  const row = issued.locator('tbody tr').filter({ hasText: 'Sun 8 Jun 2025' });
  const number = (await row.locator('th').textContent()).trim();
  assert.match(number, /^G\d{9}$/);
  await page.getByRole('button', { name: `Show ${number}` }).click();
  const file = await download(page, 'Download reconciliation CSV');
  const [header, ...rows] = parseCsv(file.bytes.toString('utf8'), ',');
  const at = (name) => header.indexOf(name);
  assert.equal(rows.length, 2, 'one new line per purchase');
  const standard = rows.find((r) => r[at('SkuName')] === STANDARD);
  const bookSubtotal = standard[at('Subtotal')];
  standard[at('Subtotal')] = (Number(bookSubtotal) + 7).toFixed(2);

  await page.getByRole('link', { name: "Reconcile Microsoft's file" }).click();
  await page.getByRole('heading', { level: 1, name: "Reconcile Microsoft's file" }).waitFor();
  // The monthly invoices are offered by number; the latest issued is chosen.
  const chosen = page.getByLabel('Invoice of').locator('option:checked');
  assert.equal(await chosen.getAttribute('value'), '2025-06-08');
  assert.equal(await chosen.textContent(), `${number} (Sun 8 Jun 2025)`);
  await dropFile(page, page.locator('.drop-zone'), file.name, csvText([header, ...rows]));
  await page.getByRole('status').filter({ hasText: /^Read and reconciled / }).waitFor();

  const count = (group) => page.locator(`dd[data-group="${group}"]`).textContent();
  assert.equal(await count('Matches'), '1');
  assert.equal(await count('Amount differs'), '1');
  assert.equal(await count('Seat count differs'), '0');
  assert.equal(await count("In Microsoft's file only"), '0');
  assert.equal(await count('In PartnerDesk only'), '0');
  assert.equal(await page.locator('#recon-difference').textContent(), '7.00 USD');
  const shown = await page
    .getByRole('table', { name: 'Lines of the file and of the invoice' })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  assert.deepEqual(
    shown.map((r) => [r[0], r[2]]),
    [['Amount differs', standard[at('SubscriptionId')]]],
    'exactly the planted difference',
  );
  assert.equal(shown[0][10], '7.00');

  // A license-based file has no invoice in a new commerce book: said at the field.
  const legacy = await readFile(new URL('../../core/tests/fixtures/recon-example-2.csv', import.meta.url));
  await page.getByLabel('Reconciliation file').setInputFiles({
    name: 'legacy.csv',
    mimeType: 'text/csv',
    buffer: legacy,
  });
  await page
    .locator('#recon-file-error')
    .filter({
      hasText:
        'This is a license-based (legacy) file, but your book bills under the new commerce program, so it has no invoice to compare it with.',
    })
    .waitFor();
  assert.equal(await page.locator('#recon-difference').count(), 0, 'no reconciliation shown');
});

const R6_HEADER = [
  'PartnerId', 'CustomerId', 'CustomerName', 'CustomerDomainName', 'CustomerCountry', 'InvoiceNumber',
  'MpnId', 'ResellerMpnId', 'OrderId', 'OrderDate', 'ProductId', 'SkuId', 'AvailabilityId', 'SkuName',
  'ProductName', 'ChargeType', 'UnitPrice', 'Quantity', 'Subtotal', 'TaxTotal', 'Total', 'Currency',
  'PriceAdjustmentDescription', 'PublisherName', 'PublisherId', 'SubscriptionDescription',
  'SubscriptionId', 'ChargeStartDate', 'ChargeEndDate', 'TermAndBillingCycle', 'EffectiveUnitPrice',
  'UnitType', 'AlternateId', 'BillableQuantity', 'BillingFrequency', 'PricingCurrency',
  'PCToBCExchangeRate', 'PCToBCExchangeRateDate', 'MeterDescription', 'ReservationOrderId',
  'CreditReasonCode', 'SubscriptionStartDate', 'SubscriptionEndDate', 'ReferenceId',
  'ProductQualifiers', 'PromotionId',
];

/** One R6 row: Microsoft's columns, the line's own cells given by name. */
function r6Row(cells) {
  const common = {
    PartnerId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    InvoiceNumber: 'G202505001',
    MpnId: '4390934',
    ResellerMpnId: '4390934',
    Currency: 'USD',
    PricingCurrency: 'USD',
    PCToBCExchangeRate: '1',
    PCToBCExchangeRateDate: '4/30/2025',
    PublisherName: 'Microsoft Corporation',
    TaxTotal: '0.00',
  };
  const row = { ...common, ...cells, Total: cells.Subtotal, BillableQuantity: cells.Quantity };
  row.SubscriptionDescription = row.SkuName;
  row.ProductName = row.SkuName;
  return R6_HEADER.map((name) => row[name] ?? '');
}

test('a new 2022 book is started from an R6 file: its customers and subscriptions as they stand', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url, NEW_COMMERCE);
  await moveToday(page, '2025-06-10');
  const contoso = {
    CustomerId: '9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d',
    CustomerName: 'Contoso, Ltd.',
    CustomerDomainName: 'contoso.onmicrosoft.com',
    CustomerCountry: 'US',
  };
  const premium = {
    ...contoso,
    OrderId: '5e1f0a6c-0001-4d2b-9c3e-6a7b8c9d0e01',
    ProductId: 'CFQ7TTC0LCHC',
    SkuId: '0002',
    SkuName: PREMIUM,
    UnitPrice: '22.00',
    SubscriptionId: 'fb977ab5-1c2d-4e5f-8a9b-24c8d9591708',
    TermAndBillingCycle: 'One-Year commitment for monthly/yearly billing',
    BillingFrequency: 'Monthly',
    SubscriptionStartDate: '2/15/2025',
    SubscriptionEndDate: '2/14/2026',
    ChargeEndDate: '6/14/2025',
  };
  // May: the cycle charge of 10 seats, then 10 → 12 on 5/20 as a refund/rebill pair.
  const pair = { ...premium, OrderId: '5e1f0a6c-0002-4d2b-9c3e-6a7b8c9d0e02', OrderDate: '5/20/2025', ChargeType: 'addQuantity', ChargeStartDate: '5/20/2025', ReferenceId: '12d33e18-061e-4040-ad77-fcd77c1a9943' };
  const rows = [
    r6Row({ ...premium, OrderDate: '5/15/2025', ChargeType: 'cycleCharge', ChargeStartDate: '5/15/2025', Quantity: '10', Subtotal: '220.00', EffectiveUnitPrice: '22.00', ReferenceId: '7d71c595-4635-40d1-a9e2-b34e63b01764' }),
    r6Row({ ...pair, Quantity: '10', Subtotal: '-184.51', EffectiveUnitPrice: '-18.451613' }),
    r6Row({ ...pair, Quantity: '12', Subtotal: '221.41', EffectiveUnitPrice: '18.451613' }),
    r6Row({
      CustomerId: '5c9a2b1e-7d3f-4e8a-9b6c-1d2e3f4a5b6c',
      CustomerName: 'Fabrikam',
      CustomerDomainName: 'fabrikam.com',
      CustomerCountry: 'NL',
      OrderId: '5e1f0a6c-0004-4d2b-9c3e-6a7b8c9d0e04',
      OrderDate: '5/3/2025',
      ProductId: 'PDNCE00000BS',
      SkuId: '0001',
      SkuName: STANDARD,
      ChargeType: 'renew',
      UnitPrice: '15.00',
      Quantity: '4',
      Subtotal: '60.00',
      SubscriptionId: '2f8965ff-512b-4233-9a74-1f54a6ad71d0',
      ChargeStartDate: '5/3/2025',
      ChargeEndDate: '6/2/2025',
      TermAndBillingCycle: 'One-Month commitment for monthly billing',
      EffectiveUnitPrice: '15.00',
      SubscriptionStartDate: '5/3/2025',
      SubscriptionEndDate: '6/2/2025',
      ReferenceId: '3a2b1c0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    }),
  ];

  await page.goto(url('/billing/reconcile'));
  await page.getByRole('heading', { level: 1, name: "Reconcile Microsoft's file" }).waitFor();
  await dropFile(page, page.locator('.drop-zone'), 'may.csv', csvText([R6_HEADER, ...rows]));
  const start = page.getByRole('region', { name: 'Start your book from this file' });
  await start.waitFor();
  // R6 names each customer's country: the plan is shown without asking for one.
  const plan = start.getByRole('table', { name: 'Subscriptions to be recorded' });
  const planned = await plan
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  assert.deepEqual(
    planned.map((r) => [r[0], r[2], r[3], r[5], r[6]]),
    [
      [PREMIUM, '12', '1 year, billed monthly', '22.00', 'Active'],
      [STANDARD, '4', '1 month, paid up front', '15.00', 'Active'],
    ],
  );
  await start.getByRole('button', { name: 'Record 2 customers and 2 subscriptions' }).click();
  await start.getByRole('status').filter({ hasText: '2 customers and 2 subscriptions recorded.' }).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  const customers = page.getByRole('table', { name: 'Customers' });
  await customers.getByRole('link', { name: 'Fabrikam' }).waitFor();
  await customers.getByRole('link', { name: 'Contoso, Ltd.' }).click();
  await page.getByRole('heading', { level: 1, name: 'Contoso, Ltd.' }).waitFor();
  const subscriptions = page.getByRole('region', { name: 'Subscriptions', exact: true });
  await subscriptions.getByText(PREMIUM).first().waitFor();
  const held = await subscriptions
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  // Recorded as the file shows it: 12 seats, the year from 2/15, renewing on 2/15/2026.
  assert.deepEqual(
    held.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]]),
    [['Active', PREMIUM, '12', '1 year, billed monthly', 'Sat 15 Feb 2025 – Sat 14 Feb 2026', 'Sun 15 Feb 2026']],
  );
  // The stored book passes the check every load makes (its history replayed through the rules).
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Contoso, Ltd.' }).waitFor();
  await subscriptions.getByText(PREMIUM).first().waitFor();
});
