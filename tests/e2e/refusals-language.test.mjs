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

test('an import with a bad row names the row and its problem in Dutch', async (t) => {
  const { page, url } = await openApp(t, { options: { locale: 'en-US' } });
  await startBook(page, url);
  await page.goto(url('/imports'));
  await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
  const rows = [
    'Company name,Domain,Country,Segment,Reseller MPN ID',
    'Fabrikam,fabrikam.onmicrosoft.com,NL,Commercial,',
    'Contoso,contoso.onmicrosoft.com,US,Retail,',
  ];
  await page.getByLabel('Customers CSV', { exact: true }).fill(rows.join('\n'));
  await page.getByRole('button', { name: 'Check customers' }).click();
  const problems = page.getByRole('alert').filter({ has: page.locator('li') }).locator('li');
  await page.getByText('Line 3: The segment "Retail" is not Commercial, Education, Government or Nonprofit.').waitFor();

  await page.locator('#language').selectOption('nl');
  await page.getByText('Regel 3: Het segment "Retail" is niet Commercial, Education, Government of Nonprofit.').waitFor();
  assert.deepEqual(await problems.allTextContents(), [
    'Regel 3: Het segment "Retail" is niet Commercial, Education, Government of Nonprofit.',
  ]);
});
