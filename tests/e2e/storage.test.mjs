// Issue 6 end to end, one test per fault a browser can produce: a full quota, corrupted data,
// storage disabled, two tabs writing, a reload in the middle of an action, and backups (round
// trip, malformed file). The stored book is read back from localStorage itself, so "nothing
// changed" means the exact same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chooseProgram, startBook } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const BOOK_KEY = 'partnerdesk.book.v1';

// A navigation right after another cancels the first page's favicon request; that is no fault.
const allow = (problem) => /favicon\.svg net::ERR_ABORTED$/.test(problem);

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), BOOK_KEY);

async function createCustomer(page, url, name) {
  await page.goto(url('/customers'));
  await loaded(page);
  await fillNewCustomer(page, name);
  await page.getByRole('button', { name: 'Create customer' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function fillNewCustomer(page, name) {
  await page.getByRole('button', { name: 'New customer' }).click();
  await page.getByLabel('Company name').fill(name);
  await page.getByLabel('Primary domain').fill(`${name.toLowerCase().replace(/\W/g, '')}.onmicrosoft.com`);
  await page.getByLabel('Country').fill('NL');
}

/** The company names in the customers list, in the page as it is (no reload). */
async function customerNames(page) {
  const table = page.getByRole('table', { name: 'Customers' });
  if ((await table.count()) === 0) return [];
  return (await table.locator('tbody tr th').allTextContents())
    .map((t) => t.trim())
    .filter(Boolean)
    .sort();
}

/** Waits until the customers list, as the page shows it, holds exactly `names`. */
async function waitForCustomers(page, names) {
  const wanted = [...names].sort();
  await page
    .waitForFunction((want) => {
      const cells = document.querySelectorAll('table.customers tbody tr th');
      const shown = [...cells].map((c) => c.textContent.trim()).filter(Boolean).sort();
      return JSON.stringify(shown) === JSON.stringify(want);
    }, wanted, { timeout: 10_000 })
    .catch(() => {});
  assert.deepEqual(await customerNames(page), wanted);
}

/** The first visit answered in `first` closes the same question in `second`, unreloaded. */
async function answeredInBoth(first, second) {
  await chooseProgram(first);
  await second.getByRole('dialog', { name: 'Which program do you bill under?' }).waitFor({ state: 'hidden' });
}

async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('a full quota refuses the action, says storage is full, offers a backup, and changes nothing', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  await createCustomer(page, url, 'Kept Before Full');
  const before = await stored(page);
  const fillers = await page.evaluate(() => {
    let keys = 0;
    for (let size = 1 << 22; size > 0; ) {
      try {
        localStorage.setItem(`filler-${keys}`, 'x'.repeat(size));
        keys += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return keys;
  });
  assert.ok(fillers > 0);

  await page.goto(url('/customers'));
  await loaded(page);
  await fillNewCustomer(page, 'Refused When Full');
  await page.getByRole('button', { name: 'Create customer' }).click();
  const notice = page.locator('.storage-failure');
  await notice.getByText('Storage is full').waitFor();
  assert.match(await notice.textContent(), /nothing was stored and nothing changed/);
  assert.equal(await stored(page), before, 'the stored book is the same text');

  const backup = await downloadFrom(page, notice.getByRole('button', { name: 'Download a backup' }));
  assert.match(backup.name, /^partnerdesk-backup-My-CSP-Partner-\d{4}-\d{2}-\d{2}\.json$/);
  assert.ok(backup.text.includes('Kept Before Full'));
  assert.ok(!backup.text.includes('Refused When Full'));

  await page.reload();
  await loaded(page);
  await waitForCustomers(page, ['Kept Before Full']);
  assert.equal(await page.getByText('Storage is unavailable').count(), 0, 'full storage is not missing storage');
});

test('corrupted data is kept as it is: the recovery page downloads it and starts fresh only after confirmation', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  const garbage = '{"format":"partnerdesk","version":2,"encoding":"deflate-text15","data":"\u3400\u3401 damaged';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [BOOK_KEY, garbage]);

  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: "Your stored book can't be read" }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/recovery');
  assert.equal(await stored(page), garbage, 'the raw text is untouched');
  await page.getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('heading', { level: 1, name: "Your stored book can't be read" }).waitFor();

  const copy = await downloadFrom(page, page.getByRole('button', { name: 'Download the stored data' }));
  assert.match(copy.name, /^partnerdesk-stored-data-\d{4}-\d{2}-\d{2}\.txt$/);
  assert.equal(copy.text, garbage);

  const startFresh = page.getByRole('button', { name: 'Delete the stored data and start with an empty book' });
  assert.equal(await startFresh.isDisabled(), true, 'nothing is deleted without the confirmation');
  await page.getByLabel("I have downloaded the stored data, or I don't need it. Delete it for good.").check();
  await startFresh.click();
  await page.getByRole('heading', { level: 1, name: 'Started fresh' }).waitFor();
  assert.equal(await stored(page), null);

  await createCustomer(page, url, 'After The Fresh Start');
  await page.reload();
  await loaded(page);
  await page.getByRole('heading', { level: 1, name: 'After The Fresh Start' }).waitFor();
});

test('with localStorage disabled the app runs in memory, says so, and acts without errors', async (t) => {
  const { page, url } = await openApp(t, {
    allow,
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  await page.goto(url('/customers'));
  await loaded(page);
  await page.getByText('Storage is unavailable: nothing will be saved.').waitFor();
  // Nothing is kept across page loads, so every load is a fresh book's first visit.
  await chooseProgram(page);
  await fillNewCustomer(page, 'Kept In Memory');
  await page.getByRole('button', { name: 'Create customer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kept In Memory' }).waitFor();
  await page.goto(url('/settings'));
  await loaded(page);
  await chooseProgram(page);
  await page.getByRole('heading', { name: 'Backup and restore' }).waitFor();
});

test('two tabs: an action in one shows in the other without reload, and actions at the same moment are both kept', async (t) => {
  const { page: first, problems, url } = await openApp(t, { allow });
  const second = await first.context().newPage();
  second.on('console', (m) => m.type() === 'error' && problems.push(`second tab: ${m.text()}`));
  second.on('pageerror', (e) => problems.push(`second tab: ${e.message}`));
  await first.goto(url('/customers'));
  await second.goto(url('/customers'));
  await loaded(first);
  await loaded(second);
  await answeredInBoth(first, second);

  await createCustomer(first, url, 'Made In The First Tab');
  await waitForCustomers(second, ['Made In The First Tab']);

  for (const [page, name] of [[first, 'First At Once'], [second, 'Second At Once']]) {
    await page.goto(url('/customers'));
    await loaded(page);
    await fillNewCustomer(page, name);
  }
  await Promise.all([
    first.getByRole('button', { name: 'Create customer' }).click(),
    second.getByRole('button', { name: 'Create customer' }).click(),
  ]);
  const all = ['First At Once', 'Made In The First Tab', 'Second At Once'];
  for (const page of [first, second]) {
    await page.goto(url('/customers'));
    await loaded(page);
    await waitForCustomers(page, all);
  }
});

test('two tabs: settings saved in one apply in the other without reload', async (t) => {
  const { page: first, problems, url } = await openApp(t, { allow });
  const second = await first.context().newPage();
  second.on('console', (m) => m.type() === 'error' && problems.push(`second tab: ${m.text()}`));
  second.on('pageerror', (e) => problems.push(`second tab: ${e.message}`));
  await first.goto(url('/settings'));
  await second.goto(url('/'));
  await loaded(first);
  await loaded(second);
  await answeredInBoth(first, second);
  const partner = second.getByRole('definition').filter({ hasText: 'Fabrikam Cloud' });
  assert.equal(await partner.count(), 0);

  await first.getByLabel('Partner name').fill('Fabrikam Cloud');
  await first.getByRole('radio', { name: '2017' }).check();
  await first.getByRole('button', { name: 'Save settings' }).click();
  await first.getByRole('button', { name: 'Switch to 2017 and save' }).click();
  await first.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();

  await partner.waitFor();
  const profile = second.locator('dt:text-is("Rules profile") + dd');
  assert.equal(await profile.textContent(), '2017');
});

test('a reload in the middle of an action leaves the old book or the new one, never half', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  await createCustomer(page, url, 'Before The Reloads');
  const names = ['Before The Reloads'];
  for (const delay of [0, 1, 5, 20]) {
    const name = `Reloaded After ${delay} ms`;
    await page.goto(url('/customers'));
    await loaded(page);
    await fillNewCustomer(page, name);
    await page.getByRole('button', { name: 'Create customer' }).click({ noWaitAfter: true });
    await page.waitForTimeout(delay);
    await page.reload();
    await loaded(page);
    await page.goto(url('/customers'));
    await loaded(page);
    const now = await customerNames(page);
    assert.ok(
      JSON.stringify(now) === JSON.stringify([...names].sort()) ||
        JSON.stringify(now) === JSON.stringify([...names, name].sort()),
      `after a reload ${delay} ms into the action: ${now}`,
    );
    if (now.includes(name)) names.push(name);
    assert.match(await stored(page), /^\{"format":"partnerdesk","version":2,"encoding":"deflate-text15",/);
  }
});

test('backup round trip: downloaded, then restored after confirmation with what it holds shown', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await page.goto(url('/settings'));
  await loaded(page);
  await chooseProgram(page);
  await page.getByLabel('Partner name').fill('Round Trip Partners');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  await createCustomer(page, url, 'In The Backup');

  await page.goto(url('/settings'));
  await loaded(page);
  const backup = await downloadFrom(page, page.getByRole('button', { name: 'Download a backup' }));
  assert.match(backup.name, /^partnerdesk-backup-Round-Trip-Partners-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(backup.text).format, 'partnerdesk');

  await createCustomer(page, url, 'After The Backup');
  await page.goto(url('/settings'));
  await loaded(page);
  await page.getByLabel('Partner name').fill('Renamed Since');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  const beforeRestore = await stored(page);

  await page.getByLabel('Backup file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  const holds = page.getByRole('region', { name: 'The backup holds' });
  await holds.waitFor();
  const summary = await holds.locator('dl').textContent();
  assert.match(summary, /Round Trip Partners/);
  assert.match(summary, /Customers\s*1/);
  assert.match(summary, /Recorded actions\s*1/);
  const replace = page.getByRole('button', { name: 'Replace my book with this backup' });
  assert.equal(await replace.isDisabled(), true, 'nothing is replaced without the confirmation');
  assert.equal(await stored(page), beforeRestore);
  await page.getByLabel(/I understand that this replaces my current book \(2 customers/).check();
  await replace.click();
  await page.getByText('The backup of Round Trip Partners is now your book.').waitFor();
  await page.goto(url('/settings'));
  await loaded(page);
  assert.equal(await page.getByLabel('Partner name').inputValue(), 'Round Trip Partners');

  await page.goto(url('/customers'));
  await loaded(page);
  await waitForCustomers(page, ['In The Backup']);
  await page.reload();
  await loaded(page);
  await waitForCustomers(page, ['In The Backup']);
});

test('a malformed backup is refused at the file field and changes nothing', async (t) => {
  const { page, url } = await openApp(t, { allow });
  await startBook(page, url);
  await createCustomer(page, url, 'Untouched By Bad Files');
  await page.goto(url('/settings'));
  await loaded(page);
  const before = await stored(page);
  const field = page.getByLabel('Backup file');
  const bad = [
    ['notes.json', 'this is not a backup', /The data is not JSON/],
    ['other.json', '{"format":"spreadsheet","version":1}', /not a PartnerDesk book/],
    ['hello.json', '{"hello":"world"}', /not a PartnerDesk book \(it is some other JSON file\)/],
    ['newer.json', '{"format":"partnerdesk","version":99,"encoding":"json","data":{}}', /newer PartnerDesk/],
  ];
  for (const [name, text, reason] of bad) {
    await field.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const error = page.getByRole('alert').filter({ hasText: 'Nothing was changed.' });
    await error.filter({ hasText: reason }).waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.ok((await field.getAttribute('aria-describedby')).split(' ').includes(await error.getAttribute('id')));
    assert.equal(await page.getByRole('region', { name: 'The backup holds' }).count(), 0);
    assert.equal(await stored(page), before, `${name} changed nothing`);
  }
});
