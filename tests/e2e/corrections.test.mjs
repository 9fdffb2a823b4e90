// Corrections a partner makes on day one: a customer entered by mistake is deleted, and the
// most recent action of a customer is undone — both recorded in the history, never rewritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loaded, openApp } from './harness.mjs';
import { changeLicenses, createCustomer, purchase, startBook, status } from './flows.mjs';

test('a customer without subscriptions is deleted and leaves the customer list', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'US' });
  await createCustomer(page, url, { name: 'Mistake Ltd', domain: 'mistake.onmicrosoft.com', country: 'US' });
  await page.getByRole('button', { name: 'Delete customer' }).click();
  await page.getByRole('button', { name: 'Confirm deletion' }).click();
  await page.waitForURL(/\/customers$/);
  const body = page.getByRole('table', { name: 'Customers' }).locator('tbody');
  await body.filter({ hasText: 'Fabrikam' }).waitFor();
  const rows = await body.locator('tr').allTextContents();
  assert.equal(rows.length, 1, String(rows));
  assert.ok(!rows[0].includes('Mistake Ltd'), rows[0]);
});

test('a customer with a subscription is not deleted: the reason and its Why? show, nothing changes', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await page.getByRole('button', { name: 'Delete customer' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'its invoices name' });
  await refusal.waitFor();
  assert.ok(!(await refusal.textContent()).includes('H3'), 'no rule id in the text');
  // "Why?" opens the rule in plain words, read from the rules served beside the app.
  await refusal.getByRole('link', { name: 'Why?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Delete a customer.' }).waitFor();
  assert.match(await page.locator('article.rule-page').textContent(), /invoices name it/);
  await page.goto(url('/customers'));
  await loaded(page);
  const rows = await page.getByRole('table', { name: 'Customers' }).locator('tbody tr').allTextContents();
  assert.equal(rows.length, 1);
  assert.match(rows[0], /Contoso/);
});

test('the last license change is undone: licenses back to 10, the history shows both', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await changeLicenses(page, 'Office 365 E3', 15);
  await page.getByRole('button', { name: 'Undo the last action' }).click();
  await page.getByRole('region', { name: 'Undo the last action' }).getByText('Licenses changed: to 15 licenses').waitFor();
  await page.getByRole('button', { name: 'Confirm undo' }).click();
  await status(page, 'The action was undone.');
  const subscriptions = page.getByRole('table', { name: 'Subscriptions and trials' });
  await subscriptions.locator('tbody tr', { hasText: 'Office 365 E3' }).filter({ hasText: '10' }).waitFor();
  const history = page.getByRole('list', { name: 'History of this customer' });
  await history.filter({ hasText: 'Action undone: Licenses changed' }).waitFor();
  const items = await history.locator('li').allTextContents();
  assert.ok(items.some((i) => i.includes('to 15 licenses') && i.includes('(undone)')), String(items));
});
