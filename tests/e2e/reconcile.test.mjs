// Reconciliation end to end, on the release build (issue #12): the book's own reconciliation
// file for an invoice is downloaded, three differences are planted in it as Microsoft's file
// might hold them (an amount changed, a line missing, a line PartnerDesk never billed), and the
// Reconcile page shows exactly those three, with the totals; the differences CSV is read back.
// A file of 100,000 rows is read with the progress bar and reconciled whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCustomer, moveToday, purchase, startBook } from './flows.mjs';
import { openApp } from './harness.mjs';

const UNKNOWN_SUBSCRIPTION = '0badc0de-1c2d-4e5f-8a9b-24c8d9591708';

/** The records of a file whose fields hold no separator, quote or line break (this test's). */
function records(text, separator) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with a line break');
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(separator));
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}

/** Contoso with 10 E3 and 5 Business Premium, Fabrikam with 3 E3, all bought 6/1/2018. */
async function juneBook(page, url) {
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await purchase(page, { offer: 'Office 365 Business Premium', frequency: 'Monthly', licenses: 5 });
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 3 });
  await moveToday(page, '2018-06-20');
}

/** The book's file of the 6/15 invoice with three differences planted, its rows, the planted. */
async function plantedFile(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
  await page.getByRole('button', { name: 'Show PD20180615' }).click();
  await page.getByRole('heading', { level: 2, name: 'Invoice PD20180615' }).waitFor();
  const book = await download(page, 'Download reconciliation CSV');
  const [header, ...rows] = records(book.text, ',');
  assert.equal(rows.length, 3, 'three lines on the invoice');
  const at = (name) => header.indexOf(name);
  const of = (customer, offer) =>
    rows.find((r) => r[at('CustomerName')] === customer && r[at('OfferName')] === offer);
  const changed = [...of('Fabrikam', 'Office 365 E3')];
  changed[at('Amount')] = (Number(changed[at('Amount')]) + 7).toFixed(2);
  // A subscription bought elsewhere: Microsoft's id, and none of the partner's own.
  const unbilled = [...of('Contoso', 'Office 365 E3')];
  unbilled[at('SubscriptionId')] = UNKNOWN_SUBSCRIPTION;
  unbilled[at('SyndicationPartnerSubscriptionNumber')] = '';
  // Business Premium is left out: in PartnerDesk only.
  const file = [header, of('Contoso', 'Office 365 E3'), changed, unbilled];
  const text = file.map((r) => r.join(',')).join('\r\n') + '\r\n';
  return { text, header, rows, changed, removed: of('Contoso', 'Office 365 Business Premium'), unbilled };
}

test('a legacy file with three planted differences shows exactly those three; their CSV reads back', async (t) => {
  const { page, url } = await openApp(t);
  await juneBook(page, url);
  const planted = await plantedFile(page);
  const at = (name) => planted.header.indexOf(name);

  await page.getByRole('link', { name: "Reconcile Microsoft's file" }).click();
  await page.getByRole('heading', { level: 1, name: "Reconcile Microsoft's file" }).waitFor();
  await page.getByLabel('Invoice of').selectOption('2018-06-15');
  await page.getByLabel('Reconciliation file').setInputFiles({
    name: 'recon_2018-06-15.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(planted.text),
  });
  await page.locator('#recon-difference').waitFor();
  await page.getByRole('status').filter({ hasText: /^Read and reconciled / }).waitFor();

  const count = (group) => page.locator(`dd[data-group="${group}"]`).textContent();
  assert.equal(await count('Matches'), '1');
  assert.equal(await count('Amount differs'), '1');
  assert.equal(await count("In Microsoft's file only"), '1');
  assert.equal(await count('In PartnerDesk only'), '1');
  assert.equal(await count('Seat count differs'), '0');
  const unbilledAmount = Number(planted.unbilled[at('Amount')]);
  const removedAmount = Number(planted.removed[at('Amount')]);
  const difference = (7 + unbilledAmount - removedAmount).toFixed(2);
  assert.equal(await page.locator('#recon-difference').textContent(), `${difference} USD`);

  const lines = await page
    .getByRole('table', { name: 'Lines of the file and of the invoice' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  const shown = lines.map((r) => [r[0], r[2]]).sort();
  // The book's subscriptions are named by PartnerDesk's id, which its files write as the
  // partner's own subscription number.
  const ours = (row) => row[at('SyndicationPartnerSubscriptionNumber')];
  const expected = [
    ['Amount differs', ours(planted.changed)],
    ["In Microsoft's file only", UNKNOWN_SUBSCRIPTION],
    ['In PartnerDesk only', ours(planted.removed)],
  ].sort();
  assert.deepEqual(shown, expected, 'exactly the three planted differences');
  assert.equal(lines.find((r) => r[0] === 'Amount differs')[10], '7.00');

  const differences = await download(page, 'Download differences CSV');
  const [header, ...rows] = records(differences.text, ',');
  assert.equal(header[0], 'Group');
  const column = (name) => header.indexOf(name);
  assert.deepEqual(rows.map((r) => [r[column('Group')], r[column('SubscriptionId')]]).sort(), expected);
  const amountRow = rows.find((r) => r[column('Group')] === 'Amount differs');
  assert.equal(amountRow[column('Difference')], '7.00');
  assert.equal(amountRow[column('FileAmount')], planted.changed[at('Amount')]);

  const excel = await download(page, 'Download differences CSV for Excel (semicolons, decimal comma)');
  const excelRows = records(excel.text.replace(/^\uFEFF/, ''), ';');
  assert.equal(excelRows.length, 4, 'a header and the three differences');
  assert.equal(excelRows.find((r) => r[0] === 'Amount differs')[column('Difference')], '7,00');

  // The difference links to its customer; the filter by customer keeps only theirs.
  await page.getByLabel('Customer', { exact: true }).selectOption({ label: 'Contoso' });
  await page.getByText('2 lines shown.').waitFor();
  await page.getByRole('link', { name: 'Fabrikam' }).waitFor({ state: 'detached' });
  await page.getByLabel('Customer', { exact: true }).selectOption({ label: 'Fabrikam' });
  await page.getByRole('link', { name: 'Fabrikam' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fabrikam' }).waitFor();
});

test('a file of 100,000 rows is read with the progress bar and reconciled whole', async (t) => {
  const { page, url } = await openApp(t);
  await juneBook(page, url);
  const { header, rows, unbilled } = await plantedFile(page);
  const at = (name) => header.indexOf(name);
  const lines = [header.join(','), ...rows.map((r) => r.join(','))];
  // Lines PartnerDesk never billed, each of its own subscription, up to 100,000 rows in all.
  for (let n = rows.length; n < 100_000; n++) {
    const row = [...unbilled];
    row[at('SubscriptionId')] = `${n.toString(16).padStart(8, '0')}-1c2d-4e5f-8a9b-24c8d9591708`;
    lines.push(row.join(','));
  }
  const buffer = Buffer.from(lines.join('\r\n') + '\r\n');
  // Chosen from the disk, as a partner does: a 40 MB buffer is slow to hand to the browser.
  const folder = await mkdtemp(join(tmpdir(), 'partnerdesk-recon-'));
  t.after(() => rm(folder, { recursive: true, force: true }));
  const path = join(folder, 'large.csv');
  await writeFile(path, buffer);

  await page.getByRole('link', { name: "Reconcile Microsoft's file" }).click();
  await page.getByRole('heading', { level: 1, name: "Reconcile Microsoft's file" }).waitFor();
  await page.getByLabel('Reconciliation file').setInputFiles(path);
  const done = page.getByRole('status').filter({ hasText: /^Read and reconciled / });
  await done.waitFor({ timeout: 60_000 });
  t.diagnostic(`${buffer.length} bytes: ${await done.textContent()}`);

  const progress = page.locator('#recon-progress');
  assert.equal(Number(await progress.getAttribute('max')), buffer.length, 'the bar measures the whole file');
  assert.equal(await progress.evaluate((bar) => bar.value), buffer.length, 'and is full');
  const count = (group) => page.locator(`dd[data-group="${group}"]`).textContent();
  assert.equal(await count('Matches'), '3');
  assert.equal(await count("In Microsoft's file only"), '99,997', 'grouped as English writes it');
  assert.equal(await count('In PartnerDesk only'), '0');
  await page.getByText('99,997 lines shown.').waitFor();
});
