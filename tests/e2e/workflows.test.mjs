// The partner workflows end to end, on the release build: a customer, its trials, a
// conversion, a purchase with license change, cancellation and reactivation, an add-on, and
// time travel expiring a trial. Figures are the rules' (SPEC), read off the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeLicenses, createCustomer, moveToday, purchase, startBook, status } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

/** The subscriptions table as rows of cell texts. */
async function subscriptionRows(page) {
  const table = page.getByRole('table', { name: 'Subscriptions and trials' });
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );
}

test('customer, trial from the Trials tab, a second trial refused (T3), converted to annual with 30 seats', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await moveToday(page, '2018-06-05');
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'NL' });

  // Catalog → Billing frequency "Trial offer" → Trials tab → the trial and the customer → submit (T6).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
  await page.getByLabel('Trial offer').check();
  assert.equal(await page.getByRole('tab', { name: 'Trials' }).getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByRole('tab', { name: 'Online services' }).isDisabled(), true);
  const offers = page.getByRole('tabpanel').getByRole('row');
  assert.equal(await offers.filter({ hasText: 'Office 365 E3 Trial' }).count(), 1);
  assert.equal(await offers.filter({ hasText: 'Audio Conferencing' }).count(), 0, 'add-ons have no trials');
  await page.getByRole('button', { name: 'Choose Office 365 E3 Trial' }).click();
  await page.getByLabel('Customer', { exact: true }).selectOption({ label: 'Fabrikam (fabrikam.onmicrosoft.com)' });
  await page.getByRole('row', { name: /Trial expires/ }).filter({ hasText: 'Thu 5 Jul 2018' }).waitFor();
  await page.getByRole('button', { name: 'Sign up for trial' }).click();
  await status(page, 'Trial signed up.');

  // The same trial again: refused before confirming, and confirming records nothing.
  await page.getByLabel('Customer', { exact: true }).selectOption({ label: 'Fabrikam (fabrikam.onmicrosoft.com)' });
  const refusal = page.getByRole('alert').filter({ hasText: 'Not possible' });
  await refusal.waitFor();
  assert.equal(await refusal.getAttribute('data-rule'), 'T3');
  assert.match(await refusal.textContent(), /one trial per offer, ever/);
  await page.getByRole('button', { name: 'Sign up for trial' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('link', { name: 'Fabrikam' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fabrikam' }).waitFor();
  let rows = await subscriptionRows(page);
  assert.equal(rows.length, 1, 'one trial, not two');
  assert.deepEqual(rows[0].slice(0, 5), ['Trial', 'Office 365 E3 Trial', '', '25', 'None (trial)']);
  assert.equal(rows[0][7], '30', 'days left');

  await page.getByRole('button', { name: 'Manage Office 365 E3 Trial' }).click();
  await page.getByRole('button', { name: 'Convert trial to paid subscription' }).click();
  assert.equal(await page.getByLabel('Licenses').inputValue(), '25', 'T8: 25 by default');
  await page.getByLabel('Licenses').fill('30');
  await page.getByLabel('Annual').check();
  // Annual E3 at the sample price of 20.00: 30 × 12 × 20 = 7,200.00 on the 6/15 invoice (C3).
  const line = page.getByRole('table', { name: 'New charge lines' }).getByRole('row').filter({ hasText: 'Prorate fees when purchase' });
  await line.filter({ hasText: '7,200.00' }).filter({ hasText: 'Fri 15 Jun 2018' }).waitFor();
  assert.match(await line.textContent(), /Tue 5 Jun 2018 – Tue 4 Jun 2019/);
  await page.getByRole('button', { name: 'Convert trial', exact: true }).click();
  await status(page, 'Trial converted to a paid subscription.');

  rows = await subscriptionRows(page);
  assert.deepEqual(rows[0].slice(0, 7), [
    'Active', 'Office 365 E3', '', '30', 'Annual', 'Tue 5 Jun 2018 – Tue 4 Jun 2019', 'Wed 5 Jun 2019',
  ]);
  const invoice = page.getByRole('table', { name: "This customer's charge lines on the invoice of Fri 15 Jun 2018" });
  assert.match(await invoice.textContent(), /Prorate fees when purchase.*7,200\.00/);
  assert.equal(await page.locator('.invoice-total').textContent(), '7,200.00 USD');

  // Stored: a reload shows the same, and the dashboard's next invoice agrees.
  await page.reload();
  await loaded(page);
  assert.deepEqual((await subscriptionRows(page))[0].slice(0, 5), ['Active', 'Office 365 E3', '', '30', 'Annual']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByText('7,200.00 USD').waitFor();
  assert.equal(await page.getByText('Fri 15 Jun 2018').count(), 1);
});

test('monthly purchase, license change, cancellation inside 30 days with full credit, reactivation', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });

  await page.getByRole('button', { name: 'Purchase a subscription' }).click();
  await page.getByLabel('Monthly').check();
  await page.getByLabel('Offer', { exact: true }).selectOption({ label: 'Office 365 E3' });
  await page.getByLabel('Licenses').fill('10');
  await page.getByRole('row').filter({ hasText: 'Prorate fees when purchase' }).filter({ hasText: '200.00' }).waitFor();
  await page.getByRole('button', { name: 'Confirm purchase' }).click();
  await status(page, 'Subscription purchased.');

  await changeLicenses(page, 'Office 365 E3', 12);
  assert.equal((await subscriptionRows(page))[0][3], '12');

  await moveToday(page, '2018-06-11');
  await page.getByRole('button', { name: 'Manage Office 365 E3' }).click();
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  // Inside the first 30 days: all that was billed for the period comes back (C8).
  const cancelFee = page.getByRole('row').filter({ hasText: 'Cancel fee' });
  await cancelFee.waitFor();
  assert.match(await cancelFee.textContent(), /Mon 11 Jun 2018 – Sat 30 Jun 2018.*12.*-20\.00.*-240\.00/);
  await page.getByText(/100% credit/).waitFor();
  await page.getByRole('button', { name: 'Confirm cancellation' }).click();
  await status(page, 'Subscription cancelled.');
  let rows = await subscriptionRows(page);
  assert.equal(rows[0][0], 'Suspended');
  assert.equal(rows[0][8], '90 (until Sun 9 Sep 2018)', 'days to deletion');

  await page.getByRole('button', { name: 'Manage Office 365 E3' }).click();
  await page.getByRole('button', { name: 'Reactivate subscription' }).click();
  await page.getByRole('row').filter({ hasText: 'Activation fee' }).waitFor();
  await page.getByRole('button', { name: 'Confirm reactivation' }).click();
  await status(page, 'Subscription reactivated.');
  rows = await subscriptionRows(page);
  assert.equal(rows[0][0], 'Active');

  const history = page.getByRole('list', { name: 'History of this customer' }).getByRole('listitem');
  assert.match(await history.first().textContent(), /Mon 11 Jun 2018 — Subscription reactivated/);
  assert.equal(await history.count(), 5);
});

test('an add-on takes its base subscription\'s billing frequency', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, { name: 'Adatum', domain: 'adatum.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Annual', licenses: 5 });

  await page.getByRole('button', { name: 'Manage Office 365 E3' }).click();
  await page.getByRole('button', { name: 'Add an add-on' }).click();
  const form = page.getByRole('region', { name: 'Add an add-on' });
  assert.equal(await form.getByRole('radio').count(), 0, 'no frequency to choose (A2)');
  await form.getByText('Billing frequency: Annual').waitFor();
  await form.getByLabel('Add-on').selectOption({ label: 'Audio Conferencing' });
  await form.getByLabel('Licenses').fill('5');
  await page.getByRole('button', { name: 'Buy add-on' }).click();
  await status(page, 'Add-on purchased.');
  const rows = await subscriptionRows(page);
  assert.equal(rows.length, 2);
  assert.match(rows[1][1], /Audio Conferencing.*Add-on of Office 365 E3/);
  assert.equal(rows[1][4], 'Annual');
});

test('moving today past day 30 expires a trial, and the dashboard shows it with what restores its data', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, { name: 'Litware', domain: 'litware.onmicrosoft.com', country: 'US' });
  await page.getByRole('button', { name: 'Sign up for a trial' }).click();
  await page.getByLabel('Trial offer').selectOption({ label: 'Office 365 E3 Trial' });
  await page.getByRole('button', { name: 'Sign up for trial' }).click();
  await status(page, 'Trial signed up.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByText('No trial ends within 7 days.').waitFor();

  await moveToday(page, '2018-06-26');
  const ending = page.getByRole('table', { name: 'Trials that end within 7 days' });
  await ending.getByRole('row').filter({ hasText: 'Litware' }).filter({ hasText: 'Sun 1 Jul 2018' }).waitFor();

  await moveToday(page, '2018-07-02');
  const expired = page.getByRole('table', { name: 'Expired trials' }).getByRole('row').filter({ hasText: 'Litware' });
  await expired.waitFor();
  assert.match(await expired.textContent(), /Data can be restored by a purchase of Office 365 E3\./);
  await page.getByText('No trial ends within 7 days.').waitFor();

  await expired.getByRole('link', { name: 'Litware' }).click();
  await page.getByRole('heading', { level: 1, name: 'Litware' }).waitFor();
  assert.equal((await subscriptionRows(page))[0][0], 'Expired');
});
