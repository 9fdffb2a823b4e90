// Issue 10 end to end, on the release build: a flipped character in the stored book goes to the
// recovery page (item 4); today moves only within 2000-2199 and a backup made at either end
// restores (item 2); a restore names the backup's rules profile and what it invoiced, and
// switching the profile through it asks the confirmation Settings asks; 50,000 customers are
// imported with progress (item 10).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { backToRealDate, createCustomer, moveToday, purchase, startBook, status } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const BOOK_KEY = 'partnerdesk.book.v1';

// A navigation right after another cancels the first page's favicon request; that is no fault.
const allow = (problem) => /favicon\.svg net::ERR_ABORTED$/.test(problem);

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), BOOK_KEY);

async function downloadBackup(page, url) {
  await page.goto(url('/settings'));
  await loaded(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function chooseBackup(page, backup) {
  await page.getByLabel('Backup file').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  const holds = page.getByRole('region', { name: 'The backup holds' });
  await holds.waitFor({ timeout: 30_000 });
  return holds;
}

test('a character changed inside the stored book goes to the recovery page, the text kept', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Before The Damage', domain: 'damage.onmicrosoft.com', country: 'NL' });
  await page.goto(url('/'));
  await loaded(page);
  const damaged = await page.evaluate((key) => {
    const text = localStorage.getItem(key);
    const at = text.indexOf('"data":"') + 8 + 40;
    // Another character of the packing's range: the data still inflates, or fails to.
    const other = String.fromCharCode(((text.charCodeAt(at) - 0x3400 + 1) % 0x8000) + 0x3400);
    const changed = text.slice(0, at) + other + text.slice(at + 1);
    localStorage.setItem(key, changed);
    return changed;
  }, BOOK_KEY);
  await page.reload();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: "Your stored book can't be read" }).waitFor();
  assert.match(await page.locator('main').textContent(), /damaged/);
  assert.equal(await stored(page), damaged, 'the damaged text is kept as it is');
});

test('today moves only within 2000-2199, and a backup made at either end restores', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  for (const outside of ['1999-12-31', '2200-01-01', '9999-12-31']) {
    await moveToday(page, outside);
    const field = page.getByLabel('Move today to');
    await page.getByText('Choose a date from 2000-01-01 to 2199-12-31').waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
  }
  await moveToday(page, '2000-01-01');
  await page.getByText('Today: Sat 1 Jan 2000').waitFor();
  await createCustomer(page, url, { name: 'First Day', domain: 'firstday.onmicrosoft.com', country: 'US' });
  // Recorded in the scenario of a moved today: kept in the real book on the way back.
  await backToRealDate(page, 'Keep its actions in the real book');
  await moveToday(page, '2199-12-31');
  await page.getByText('Today: Tue 31 Dec 2199').waitFor();
  await page.getByRole('button', { name: 'Back to the real date' }).click();
  await createCustomer(page, url, { name: 'Last Day', domain: 'lastday.onmicrosoft.com', country: 'US' });
  // The real book records no day that hasn't come: the backup's last action is moved to the
  // range's last day, as a backup written then would hold it.
  const made = await downloadBackup(page, url);
  const atTheEnd = JSON.parse(made.text);
  atTheEnd.data.events.at(-1).date = '2199-12-31';
  const backup = { name: made.name, text: JSON.stringify(atTheEnd) };
  const holds = await chooseBackup(page, backup);
  assert.match(await holds.locator('dl').textContent(), /Customers\s*2/);
  await page.getByLabel(/I understand that this replaces my current book/).check();
  await page.getByRole('button', { name: 'Replace my book with this backup' }).click();
  await page.getByText(/is now your book\./).waitFor();
});

test('a restore names the profile and what the backup invoiced, and a switch of profile asks first', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, { name: 'Billed Customer', domain: 'billed.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await moveToday(page, '2018-08-01');
  await page.getByText('Today: Wed 1 Aug 2018').waitFor();
  await createCustomer(page, url, { name: 'Later Customer', domain: 'later.onmicrosoft.com', country: 'US' });
  // Recorded in the scenario of a moved today: kept in the real book, which the backup holds.
  await backToRealDate(page, 'Keep its actions in the real book');
  const backup = await downloadBackup(page, url);

  // The backup as another profile would have it: 2017.
  const as2017 = JSON.parse(backup.text);
  as2017.data.settings.profile = 'P2017';
  const holds = await chooseBackup(page, { name: 'as-2017.json', text: JSON.stringify(as2017) });
  const summary = await holds.locator('dl').textContent();
  assert.match(summary, /Rules profile\s*2017/);
  assert.match(summary, /Invoiced\s*[\d,]+\.\d\d USD up to Wed 1 Aug 2018/);
  assert.doesNotMatch(summary, /Invoiced\s*0\.00/);
  const before = await stored(page);
  await page.getByLabel(/I understand that this replaces my current book/).check();
  await page.getByRole('button', { name: 'Replace my book with this backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch the rules profile?' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Switching from 2018 to 2017 re-derives every charge line/);
  await page.getByRole('button', { name: 'Keep 2018' }).click();
  assert.equal(await stored(page), before, 'kept: nothing replaced');
  await page.getByRole('button', { name: 'Replace my book with this backup' }).click();
  await page.getByRole('button', { name: 'Switch to 2017 and save' }).click();
  await page.getByText('The backup of My CSP Partner is now your book.').waitFor();
  await page.goto(url('/'));
  await loaded(page);
  assert.equal(await page.locator('dt:text-is("Rules profile") + dd').textContent(), '2017');
});

test('50,000 customers are imported with progress, all in one action', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  await page.goto(url('/imports'));
  await loaded(page);
  const lines = ['Company name,Domain,Country,Segment,Reseller MPN ID'];
  for (let i = 0; i < 50_000; i += 1) lines.push(`Imported ${i} Ltd.,imported${i}.example.com,NL,Commercial,`);
  await page.getByLabel('Customers file').setInputFiles({
    name: 'customers.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n') + '\r\n'),
  });
  await page.getByRole('button', { name: 'Check customers' }).click();
  const create = page.getByRole('button', { name: 'Create 50000 customers' });
  await create.waitFor({ timeout: 60_000 });
  await page.getByText('… and 49800 more, each checked like these.').waitFor();
  // Every text the import's status shows, as the page shows it: the page must get to draw them.
  await page.evaluate(() => {
    const status = document.querySelector("section[aria-labelledby='import-customers'] [role=status]");
    window.statusTexts = [];
    new MutationObserver(() => window.statusTexts.push(status.textContent.trim())).observe(status, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await create.click();
  await status(page, '50000 customers created.');
  const seen = await page.evaluate(() => window.statusTexts);
  assert.ok(seen.some((s) => /^Checked \d+ of 50000 customers…$/.test(s)), `progress was shown: ${seen}`);
  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByText('Page 1 of 1000').waitFor({ timeout: 30_000 });
});
