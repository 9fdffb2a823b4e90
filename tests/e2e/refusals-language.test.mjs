// The rules' refusals in the partner's language (issue #15): a refusal an action form shows
// follows the language chosen in the header, worded from what the core said, never its rule id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { createCustomer, purchase, startBook } from './flows.mjs';

test('a refused deletion reads in Dutch, then German, once the header switches', async (t) => {
  const { page, url } = await openApp(t, { options: { locale: 'en-US' } });
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await page.getByRole('button', { name: 'Delete customer' }).click();
  await page.getByRole('alert').filter({ hasText: 'its invoices name' }).waitFor();

  await page.locator('#language').selectOption('nl');
  const dutch = page.getByRole('alert').filter({
    hasText: 'Deze klant heeft abonnementen, die op de facturen staan, en blijft dus in het boek',
  });
  await dutch.waitFor();
  assert.ok(!(await dutch.textContent()).includes('H3'), 'no rule id in the text');

  await page.locator('#language').selectOption('de');
  await page.getByRole('alert').filter({
    hasText: 'Dieser Kunde hat Abonnements, die in seinen Rechnungen stehen',
  }).waitFor();
});
