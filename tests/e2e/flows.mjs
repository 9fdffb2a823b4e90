// Steps that several end-to-end flows take the way a partner does: answering a fresh book's
// first visit, moving today and back from a scenario, creating a customer, waiting for an
// action's confirmation.
import { loaded } from './harness.mjs';

export const LEGACY_2018 = 'Legacy license-based (2018)';
export const NEW_COMMERCE = 'New commerce (2022)';

/** A fresh book first asks which program it bills under: answers `program` and starts. */
export async function chooseProgram(page, program = LEGACY_2018) {
  const dialog = page.getByRole('dialog', { name: 'Which program do you bill under?' });
  await dialog.getByLabel(program).check();
  await dialog.getByRole('button', { name: 'Start with this program' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Opens the dashboard of a fresh book and answers its first visit with `program`. */
export async function startBook(page, url, program = LEGACY_2018) {
  await page.goto(url('/'));
  await loaded(page);
  await chooseProgram(page, program);
}

export async function moveToday(page, isoDate) {
  await page.getByLabel('Move today to').fill(isoDate);
  await page.getByRole('button', { name: 'Move today', exact: true }).click();
}

/**
 * Back to the real date from a scenario that holds actions: `choice` is the banner's button,
 * 'Discard the scenario' or 'Keep its actions in the real book'.
 */
export async function backToRealDate(page, choice) {
  await page.getByRole('button', { name: 'Back to the real date' }).click();
  await page.getByRole('button', { name: choice }).click();
  await page.getByRole('region', { name: /^Scenario: / }).waitFor({ state: 'detached' });
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

/** On a customer's page: buys `licenses` of `offer` billed `frequency` ('Monthly' or 'Annual'). */
export async function purchase(page, { offer, frequency, licenses }) {
  await page.getByRole('button', { name: 'Purchase a subscription' }).click();
  await page.getByLabel(frequency).check();
  await page.getByLabel('Offer', { exact: true }).selectOption({ label: offer });
  await page.getByLabel('Licenses').fill(String(licenses));
  await page.getByRole('button', { name: 'Confirm purchase' }).click();
  await status(page, 'Subscription purchased.');
}

/** On a customer's page: changes the licenses of its `offer` subscription, after the preview. */
export async function changeLicenses(page, offer, licenses) {
  await page.getByRole('button', { name: `Manage ${offer}` }).click();
  await page.getByRole('button', { name: 'Change licenses' }).click();
  await page.getByLabel('New number of licenses').fill(String(licenses));
  await page.getByRole('table', { name: 'New charge lines' }).waitFor();
  await page.getByRole('button', { name: 'Confirm license change' }).click();
  await status(page, 'Licenses changed.');
}

/** On a customer's page of a new commerce book: buys `seats` of `offer` for the term and plan
 * labelled `termPlan` (such as '1 year, billed monthly'). */
export async function purchaseNce(page, order) {
  await page.getByRole('button', { name: 'Purchase a subscription' }).click();
  await completeNcePurchase(page, order);
}

/** In the open new commerce purchase form: the offer, seats, term and plan, then confirmed
 * after the preview. */
export async function completeNcePurchase(page, { offer, seats, termPlan }) {
  await page.getByLabel('Offer', { exact: true }).selectOption({ label: offer });
  await page.getByLabel('Seats', { exact: true }).fill(String(seats));
  await page.getByLabel(termPlan).check();
  await page.getByRole('table', { name: 'New charge lines' }).waitFor();
  await page.getByRole('button', { name: 'Confirm purchase' }).click();
  await status(page, 'Subscription purchased.');
}
