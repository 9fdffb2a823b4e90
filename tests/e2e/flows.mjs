// Steps that several end-to-end flows take the way a partner does: moving today, creating a
// customer, waiting for an action's confirmation.
import { loaded } from './harness.mjs';

export async function moveToday(page, isoDate) {
  await page.getByLabel('Move today to').fill(isoDate);
  await page.getByRole('button', { name: 'Move today', exact: true }).click();
}

export async function createCustomer(page, url, { name, domain, country }) {
  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByRole('button', { name: 'New customer' }).click();
  await page.getByLabel('Company name').fill(name);
  await page.getByLabel('Primary domain').fill(domain);
  await page.getByLabel('Country').fill(country);
  await page.getByRole('button', { name: 'Create customer' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export async function status(page, text) {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}
