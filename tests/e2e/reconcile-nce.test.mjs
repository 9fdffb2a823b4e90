// Reconciliation under new commerce (profile 2022), end to end on the release build (issue
// #12): two purchases, May's R6 file downloaded from Billing with one Subtotal changed as
// Microsoft's file might hold it, then dropped on the Reconcile page's drop zone (dragenter,
// dragover, drop with a DataTransfer made in the page, as a partner's drag from the desktop
// arrives): exactly that one difference is shown. A legacy file is refused in plain words.
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
