// "Today": the real UTC date by default, moved and brought back from the header. A moved today
// is a scenario: its actions are kept apart from the real book, discarded (the default) or kept
// on the way back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backToRealDate, createCustomer, moveToday, startBook, status } from './flows.mjs';
import { headerDate, loaded, openApp } from './harness.mjs';

/** The real UTC date `days` away, as the date input takes it. */
function isoDaysAway(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const FABRIKAM = { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'NL' };
const CONTOSO = { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' };

async function customerNames(page, url) {
  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  return page.getByRole('link').filter({ hasText: /^(Fabrikam|Contoso)$/ }).allTextContents();
}

test('moving today changes the header, survives a reload and can be undone', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  const today = page.getByText(/^Today: /);
  assert.equal(await today.textContent(), `Today: ${headerDate()}`);

  await page.getByLabel('Move today to').fill('2018-06-01');
  await page.getByRole('button', { name: 'Move today' }).click();
  await page.getByText('Today: Fri 1 Jun 2018').waitFor();
  // The dashboard hands the moved date to the core: billing day 15 gives 15 June 2018.
  await page.getByText('Fri 15 Jun 2018').waitFor();

  await page.reload();
  await loaded(page);
  assert.match(await today.textContent(), /^Today: Fri 1 Jun 2018 \(moved; the real date is /);

  // No action was recorded in the scenario: back at once, nothing to ask.
  await page.getByRole('button', { name: 'Back to the real date' }).click();
  await page.getByText(`Today: ${headerDate()}`, { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Back to the real date' }).count(), 0);
});

test('a scenario survives a reload; discarding it (the default) leaves the real book as it was', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await createCustomer(page, url, FABRIKAM);

  await moveToday(page, isoDaysAway(40));
  const banner = page.getByRole('region', { name: /^Scenario: today is moved to / });
  await banner.waitFor();
  // createCustomer opens the customers page afresh: the scenario and the moved date survive it.
  await createCustomer(page, url, CONTOSO);
  await banner.getByText('Actions recorded in this scenario: 1.').waitFor();
  assert.deepEqual((await customerNames(page, url)).sort(), ['Contoso', 'Fabrikam']);

  await page.getByRole('button', { name: 'Back to the real date' }).click();
  const discard = banner.getByRole('button', { name: 'Discard the scenario' });
  await discard.waitFor();
  // Dated after the real date, the scenario's action can't be kept; discarding is the default.
  assert.equal(await banner.getByRole('button', { name: 'Keep its actions in the real book' }).count(), 0);
  await banner.getByText(/^Its actions can't be kept in the real book\. This action's date \(.+\) is after today/).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Discard the scenario');
  await page.keyboard.press('Enter');
  await page.getByText(`Today: ${headerDate()}`, { exact: true }).waitFor();
  assert.equal(await banner.count(), 0);

  assert.deepEqual(await customerNames(page, url), ['Fabrikam']);
  // The real book is not blocked: an action on the real date is recorded.
  await createCustomer(page, url, CONTOSO);
  assert.deepEqual((await customerNames(page, url)).sort(), ['Contoso', 'Fabrikam']);
});

test('a scenario dated before the real date can be kept in the real book', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await moveToday(page, isoDaysAway(-10));
  const banner = page.getByRole('region', { name: /^Scenario: today is moved to / });
  await banner.waitFor();
  await createCustomer(page, url, FABRIKAM);
  await banner.getByText('Actions recorded in this scenario: 1.').waitFor();

  await page.getByRole('button', { name: 'Back to the real date' }).click();
  await banner.getByRole('button', { name: 'Keep its actions in the real book' }).click();
  await page.getByText(`Today: ${headerDate()}`, { exact: true }).waitFor();
  assert.equal(await banner.count(), 0);
  assert.deepEqual(await customerNames(page, url), ['Fabrikam']);
  // Kept, not a scenario any more: a reload at the real date still shows it.
  await page.reload();
  await loaded(page);
  assert.deepEqual(await customerNames(page, url), ['Fabrikam']);
});

test('an action dated back is recorded on its date; one before the latest action is refused', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  // The customer, created ten days ago through a scenario kept in the real book.
  await moveToday(page, isoDaysAway(-10));
  await createCustomer(page, url, FABRIKAM);
  await backToRealDate(page, 'Keep its actions in the real book');
  await page.getByText(`Today: ${headerDate()}`, { exact: true }).waitFor();

  await page.getByRole('button', { name: 'Purchase a subscription' }).click();
  await page.getByLabel('Monthly').check();
  await page.getByLabel('Offer', { exact: true }).selectOption({ label: 'Office 365 E3' });
  await page.getByLabel('Licenses').fill('2');
  const effective = page.getByLabel('Effective date (optional)');
  await effective.fill(isoDaysAway(-12));
  await page.getByText(/^The effective date \(.+\) is before the latest recorded action/).waitFor();
  assert.equal(await effective.getAttribute('aria-invalid'), 'true');

  await effective.fill(isoDaysAway(-5));
  await page.getByText(/^The effective date /).waitFor({ state: 'detached' });
  assert.equal(await effective.getAttribute('aria-invalid'), null);
  await page.getByRole('button', { name: 'Confirm purchase' }).click();
  await status(page, 'Subscription purchased.');
  const history = page.getByRole('list', { name: 'History of this customer' });
  await history.locator(`time[datetime="${isoDaysAway(-5)}"]`).first().waitFor();
});
