// The partner profile: validated at the field, stored in localStorage, kept across reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseProgram } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

async function openSettings(t, options) {
  const app = await openApp(t, options);
  await app.page.goto(app.url('/settings'));
  await loaded(app.page);
  await chooseProgram(app.page);
  return app;
}

test('saved settings survive a reload and reach the dashboard', async (t) => {
  const { page, url } = await openSettings(t);
  const partnerId = await page.getByLabel('Partner id').inputValue();
  assert.match(partnerId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  await page.getByLabel('Partner name').fill('Contoso Cloud Partners');
  await page.getByLabel('MPN id').fill('4455667');
  await page.getByLabel('Billing day').fill('28');
  await page.getByLabel('Currency').selectOption('GBP');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();

  await page.reload();
  await loaded(page);
  assert.equal(await page.getByLabel('Partner name').inputValue(), 'Contoso Cloud Partners');
  assert.equal(await page.getByLabel('MPN id').inputValue(), '4455667');
  assert.equal(await page.getByLabel('Billing day').inputValue(), '28');
  assert.equal(await page.getByLabel('Currency').inputValue(), 'GBP');
  assert.equal(await page.getByLabel('Partner id').inputValue(), partnerId, 'the generated id is kept');

  await page.goto(url('/'));
  await page.getByText('Contoso Cloud Partners').waitFor();
});

test('an invalid field shows its error there and nothing is stored', async (t) => {
  const { page } = await openSettings(t);
  const day = page.getByLabel('Billing day');
  await day.fill('0');
  await page.getByLabel('Partner name').fill('Not saved');
  await page.getByRole('button', { name: 'Save settings' }).click();

  const error = page.getByRole('alert').filter({ hasText: 'The billing day must be a whole number from 1 to 31.' });
  await error.waitFor();
  assert.equal(await day.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'billing_day', 'focus moves to the field');
  const errorId = await error.getAttribute('id');
  assert.ok((await day.getAttribute('aria-describedby')).split(' ').includes(errorId));
  assert.equal(await page.getByText('Settings saved.').count(), 0);

  await page.reload();
  await loaded(page);
  assert.equal(await page.getByLabel('Billing day').inputValue(), '15');
  assert.equal(await page.getByLabel('Partner name').inputValue(), 'My CSP Partner');
});

test('switching the rules profile asks first, and the answer is kept', async (t) => {
  const { page } = await openSettings(t);
  assert.ok(await page.getByRole('radio', { name: '2018' }).isChecked(), '2018, as chosen on the first visit');
  await page.getByRole('radio', { name: '2017' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch the rules profile?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Keep 2018' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await page.reload();
  await loaded(page);
  assert.ok(await page.getByRole('radio', { name: '2018' }).isChecked(), 'keeping changes nothing');

  await page.getByRole('radio', { name: '2017' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await dialog.getByRole('button', { name: 'Switch to 2017 and save' }).click();
  await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
  await page.reload();
  await loaded(page);
  assert.ok(await page.getByRole('radio', { name: '2017' }).isChecked());
});

test('without working localStorage the app runs in memory and says so', async (t) => {
  const { page } = await openSettings(t, {
    // As in browsers whose storage refuses every write.
    initScript: () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('refused', 'QuotaExceededError');
      };
    },
  });
  await page.getByRole('alert').filter({ hasText: 'Storage is unavailable: nothing will be saved.' }).waitFor();
  await page.getByLabel('Partner name').fill('Only in memory');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
});
