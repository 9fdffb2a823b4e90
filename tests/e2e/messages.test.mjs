// Messages that don't contradict (issue 14, items 5 and 10): a success is styled as one, links
// to what was recorded and is never shown beside a refusal of the form it came from; opening a
// form puts focus in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomer, startBook, status } from './flows.mjs';
import { openApp } from './harness.mjs';

test('a trial signed up in the catalog: success with a link, no error; a refusal replaces it', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'NL' });
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  await page.getByLabel('Trial offer').check();
  await page.getByRole('button', { name: 'Choose Office 365 E3 Trial' }).click();
  const customer = page.getByLabel('Customer', { exact: true });
  await customer.selectOption({ label: 'Fabrikam (fabrikam.onmicrosoft.com)' });
  await page.getByRole('button', { name: 'Sign up for trial' }).click();
  await status(page, 'Trial signed up.');
  const success = page.locator('.offer-panel .status');
  assert.match(await success.getAttribute('class'), /\bsuccess\b/);
  assert.equal(await page.getByRole('alert').count(), 0, 'no refusal beside the success');
  assert.equal(await customer.inputValue(), '', 'the form starts afresh');

  // The same customer again: the refusal shows and the success message is gone.
  await customer.selectOption({ label: 'Fabrikam (fabrikam.onmicrosoft.com)' });
  await page.getByRole('alert').filter({ hasText: 'Not possible' }).waitFor();
  assert.equal((await success.textContent()).trim(), '');

  // Another customer's sign-up: its link opens the customer's page with the new trial.
  await customer.selectOption({ label: 'Contoso (contoso.onmicrosoft.com)' });
  await page.getByRole('button', { name: 'Sign up for trial' }).click();
  await status(page, 'Trial signed up.');
  await success.getByRole('link', { name: "Open it on the customer's page" }).click();
  await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
  await page.getByRole('region', { name: 'Selected subscription' }).filter({ hasText: 'Office 365 E3 Trial' }).waitFor();
});

test('opening a customer form puts focus on its first control', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await page.getByRole('button', { name: 'Purchase a subscription' }).click();
  await page.waitForFunction(() => document.activeElement?.closest('.action-form') !== null);
  const focused = await page.evaluate(() => document.activeElement.tagName);
  assert.ok(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(focused), focused);
});
