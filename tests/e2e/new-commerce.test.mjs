// New commerce (profile 2022) end to end, on the release build: the first visit's program
// choice, a purchase choosing term and billing plan with each price side by side, seats added
// then reduced on day 7 and refused on day 8 at the field, a cancellation on day 3 with its
// refund previewed, and an invoice's R6 file read back with the tests' own CSV parser.
// Figures are SPEC-NCE's, as the core computes them, read off the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cents, download, parseCsv } from './csv.mjs';
import {
  chooseProgram,
  completeNcePurchase,
  createCustomer,
  moveToday,
  NEW_COMMERCE,
  purchaseNce,
  startBook,
  status,
} from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const PREMIUM = 'Microsoft 365 Business Premium';
const STANDARD = 'Microsoft 365 Business Standard';

/** The rows of a table as cell texts (header cells of a row included). */
function rows(table) {
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );
}

/** On Billing: shows the issued invoice dated `billingDate` ("Sun 8 Jun 2025"); its number. */
async function showInvoiceDated(page, billingDate) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  const listed = page.getByRole('table', { name: 'Invoices issued up to today, newest first' });
  await listed.waitFor();
  const invoice = (await rows(listed)).find((r) => r[1] === billingDate);
  assert.ok(invoice, `an invoice dated ${billingDate}`);
  await page.getByRole('button', { name: `Show ${invoice[0]}` }).click();
  await page.getByRole('region', { name: `Invoice ${invoice[0]}` }).waitFor();
  return invoice[0];
}

async function openSeatChange(page, offer, seats) {
  await page.getByRole('button', { name: `Manage ${offer}` }).click();
  await page.getByRole('button', { name: 'Change seats' }).click();
  const field = page.getByLabel('New number of seats');
  await field.fill(String(seats));
  return field;
}

test('first visit: the program is asked with nothing preselected, and new commerce is kept', async (t) => {
  const { page, url } = await openApp(t);
  await page.goto(url('/'));
  await loaded(page);
  const dialog = page.getByRole('dialog', { name: 'Which program do you bill under?' });
  // The question's code comes on demand, after the app's.
  await dialog.waitFor();
  const choices = dialog.getByRole('radio');
  assert.deepEqual(
    await choices.evaluateAll((radios) => radios.map((r) => [r.labels[0].textContent, r.checked])),
    [
      ['New commerce (2022)', false],
      ['Legacy license-based (2018)', false],
      ['Legacy license-based (2017)', false],
    ],
  );
  await dialog.getByRole('button', { name: 'Start with this program' }).click();
  await dialog
    .getByRole('alert')
    .filter({ hasText: "Choose the program your customers' subscriptions are billed under." })
    .waitFor();
  assert.equal(await dialog.isVisible(), true, 'no answer, no start');

  await chooseProgram(page, NEW_COMMERCE);
  await page.reload();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  assert.equal(await dialog.isVisible(), false, 'asked once');
  await page.goto(url('/settings'));
  await loaded(page);
  assert.ok(await page.getByRole('radio', { name: NEW_COMMERCE }).isChecked(), 'Settings holds the choice');
});

test('purchase with term and plan, seats reduced on day 7 and refused on day 8, a refund on day 3, and R6', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url, NEW_COMMERCE);
  await moveToday(page, '2025-05-05');
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });

  // N1–N3: every combination's price for 10 seats, side by side, before choosing.
  await page.getByRole('button', { name: 'Purchase a subscription' }).click();
  await page.getByLabel('Offer', { exact: true }).selectOption({ label: STANDARD });
  await page.getByLabel('Seats', { exact: true }).fill('10');
  const prices = page.getByRole('table', { name: 'What each term and billing plan costs today' });
  assert.deepEqual(await rows(prices), [
    ['1 month, paid up front', '15.00 USD per seat per month', '15.00 USD', '150.00 USD', '+20 %'],
    ['1 year, paid up front', '150.00 USD per seat per year', '12.50 USD', '1,500.00 USD', '±0 %'],
    ['1 year, billed monthly', '13.13 USD per seat per month', '13.13 USD', '131.30 USD', '+5 %'],
  ]);

  // In the same form: 10 Premium seats for a year billed monthly on 5/5, 5 more on 5/20.
  await completeNcePurchase(page, { offer: PREMIUM, seats: 10, termPlan: '1 year, billed monthly' });
  await moveToday(page, '2025-05-20');
  await openSeatChange(page, PREMIUM, 15);
  await page.getByRole('table', { name: 'New charge lines' }).waitFor();
  await page.getByRole('button', { name: 'Confirm seat change' }).click();
  await status(page, 'Seats changed.');

  // N14: on day 7 of the added seats (5/26) the cycle's last 10 of 31 days are refunded for 15
  // seats and charged for 12 (23.10 a seat a month), and June's cycle is billed for 12.
  await moveToday(page, '2025-05-26');
  await openSeatChange(page, PREMIUM, 12);
  const change = await rows(page.getByRole('table', { name: 'New charge lines' }));
  assert.deepEqual(
    change.map((l) => [l[1], l[3], l[5]]),
    [
      ['removeQuantity', '15', '-111.77'],
      ['removeQuantity', '12', '89.41'],
      ['cycleCharge', '12', '277.20'],
    ],
  );
  await page.getByRole('button', { name: 'Confirm seat change' }).click();
  await status(page, 'Seats changed.');

  // Day 8: refused at the field with the way out, and confirming records nothing.
  await moveToday(page, '2025-05-27');
  const seats = await openSeatChange(page, PREMIUM, 10);
  const refusal = page.locator('#seats-quantity-error');
  await refusal.waitFor();
  assert.equal(
    await refusal.textContent(),
    'Seats can only be reduced within 7 days of being added; the last such day for these seats was 5/26/2025. Schedule the lower quantity for the renewal on 5/5/2026 instead.',
  );
  assert.equal(await seats.getAttribute('aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Confirm seat change' }).click();
  const subscriptions = page.getByRole('table', { name: 'Subscriptions and trials' });
  assert.equal((await rows(subscriptions)).find((r) => r[1] === PREMIUM)?.[3], '12', 'still 12 seats');

  // N15: a month of Standard bought on 7/15, cancelled on day 3 (7/17): 29 of 31 days back.
  await moveToday(page, '2025-07-15');
  await purchaseNce(page, { offer: STANDARD, seats: 10, termPlan: '1 month, paid up front' });
  await moveToday(page, '2025-07-17');
  await page.getByRole('button', { name: `Manage ${STANDARD}` }).click();
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  const refund = await rows(page.getByRole('table', { name: 'New charge lines' }));
  assert.deepEqual(refund, [
    [STANDARD, 'cancelImmediate', 'Thu 17 Jul 2025 – Thu 14 Aug 2025', '10', '15.00', '-140.32', 'Fri 8 Aug 2025'],
  ]);
  const notExpected = await rows(page.getByRole('table', { name: 'Charge lines no longer expected' }));
  assert.deepEqual(notExpected.map((l) => l.slice(1, 3)), [['renew', 'Fri 15 Aug 2025 – Sun 14 Sep 2025']]);
  await page.getByRole('button', { name: 'Confirm cancellation' }).click();
  await status(page, 'Subscription cancelled.');

  await checkMayR6(page);
});

/** May's invoice (dated 6/8/2025) downloaded as R6 and held to the invoice on screen. */
async function checkMayR6(page) {
  const number = await showInvoiceDated(page, 'Sun 8 Jun 2025');
  assert.match(number, /^G\d{9}$/);
  const invoice = page.getByRole('region', { name: `Invoice ${number}` });
  const onScreen = await rows(invoice.getByRole('table', { name: 'Lines of this invoice' }));
  const total = cents((await invoice.locator('.invoice-total').textContent()).replace(' USD', ''), '.');

  const file = await download(page, 'Download reconciliation CSV');
  const [header, ...records] = parseCsv(file.bytes.toString('utf8'), ',');
  assert.equal(header.length, 46, 'R6: 46 columns');
  assert.ok(records.every((r) => r.length === 46), 'every row has 46 fields');
  assert.equal(records.length, onScreen.length, 'one row per line on screen');
  const column = (name) => header.indexOf(name);
  assert.equal(
    records.reduce((sum, r) => sum + cents(r[column('Total')], '.'), 0),
    total,
    'Σ Total is the invoice total on screen',
  );
  assert.ok(records.every((r) => r[column('InvoiceNumber')] === number));
  assert.deepEqual(
    records.map((r) => r[column('ChargeType')]).sort(),
    ['addQuantity', 'addQuantity', 'new', 'removeQuantity', 'removeQuantity'],
  );
}

test('a trial left alone converts on its 31st day and is billed on the next month\'s invoice', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url, NEW_COMMERCE);
  await moveToday(page, '2025-03-10');
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'NL' });
  await page.getByRole('button', { name: 'Sign up for a trial' }).click();
  await page.getByLabel('Trial offer').selectOption({ label: 'Business Premium Trial' });
  await page.getByRole('button', { name: 'Sign up for trial' }).click();
  await status(page, 'Trial signed up.');

  // N20: a week ahead the dashboard names the conversion and what it will cost.
  await moveToday(page, '2025-04-02');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const converting = page.getByRole('table', { name: 'Trials converting by themselves' });
  assert.deepEqual(await rows(converting), [
    [
      'Fabrikam',
      'Business Premium Trial',
      `${PREMIUM}, 25 seats, 1 year, billed monthly`,
      'Wed 9 Apr 2025',
      '7',
      '577.50 USD',
    ],
  ]);

  // Left alone, it converts on 4/9: April's invoice, dated 5/8, bills the first month.
  await moveToday(page, '2025-05-09');
  await showInvoiceDated(page, 'Thu 8 May 2025');
  const lines = await rows(page.getByRole('table', { name: 'Lines of this invoice' }));
  const conversion = lines.filter((l) => l.includes('convert'));
  assert.ok(conversion.some((l) => l.includes('577.50')), JSON.stringify(lines));
});
