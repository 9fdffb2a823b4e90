// A customer's page in Dutch and German: headings, table columns, a subscription's facts, an
// action's form with its preview, and their dates and amounts in the locale's form; a switch of
// language while a form is open rewrites the page and keeps the form. The customers list, the
// catalog and a backup's summary in the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loaded, openApp } from './harness.mjs';
import { seedBook } from './tour.mjs';
import { backToRealDate, createCustomer, moveToday, purchase, startBook, status } from './flows.mjs';

const LANGUAGE_LABEL = { en: 'Language', nl: 'Taal', de: 'Sprache' };
const TODAY_IS = { en: 'Today: ', nl: 'Vandaag: ', de: 'Heute: ' };
/** A USD amount as nl ("US$ 1.234,56") and de ("1.234,56 $") write it. */
const MONEY = {
  nl: /^US\$\u00a0-?\d{1,3}(\.\d{3})*,\d\d$/,
  de: /^-?\d{1,3}(\.\d{3})*,\d\d\u00a0\$$/,
};

async function choose(page, from, to) {
  await page.getByLabel(LANGUAGE_LABEL[from], { exact: true }).selectOption(to);
  await page.locator('.today-line').filter({ hasText: TODAY_IS[to] }).waitFor();
}

/** The value of the subscription's fact named `name`. */
async function fact(page, name) {
  const term = page.locator('dl.facts dt').filter({ hasText: new RegExp(`^${name}$`) });
  return term.locator('xpath=following-sibling::dd[1]').textContent();
}

test('a customer\'s page and its action form speak German, then Dutch', async (t) => {
  const { page, url } = await openApp(t, { options: { locale: 'en-US' } });
  const { customerPath } = await seedBook(page, url);
  await page.goto(url(customerPath));
  await choose(page, 'en', 'de');

  await page.getByRole('heading', { level: 2, name: 'Abonnements' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Nächste Rechnung' }).waitFor();
  const table = page.getByRole('table', { name: 'Abonnements und Testversionen' });
  await table.getByRole('columnheader', { name: 'Verlängerungsdatum' }).waitFor();
  await table.getByRole('cell', { name: 'Aktiv', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Office 365 E3 verwalten' }).click();
  assert.equal(await fact(page, 'Erstellt'), '01.06.2018');
  assert.equal(await fact(page, 'Abrechnungshäufigkeit'), 'Monatlich');

  await page.getByRole('button', { name: 'Lizenzen ändern' }).click();
  await page.getByLabel('Neue Anzahl der Lizenzen').fill('14');
  const lines = page.getByRole('table', { name: 'Neue Kostenpositionen' });
  await lines.getByRole('columnheader', { name: 'Betrag (USD)' }).waitFor();
  assert.match(await page.locator('.preview .net strong').textContent(), MONEY.de);

  // The open form stays, typed licenses included; everything around it changes language.
  await choose(page, 'de', 'nl');
  await page.getByRole('heading', { level: 2, name: 'Abonnementen' }).waitFor();
  await page.getByRole('table', { name: 'Nieuwe kostenregels' }).waitFor();
  assert.equal(await page.getByLabel('Nieuw aantal licenties').inputValue(), '14');
  assert.equal(await fact(page, 'Gemaakt'), '01-06-2018');
  assert.match(await page.locator('.preview .net strong').textContent(), MONEY.nl);
  await page.getByRole('button', { name: 'Licentiewijziging bevestigen' }).click();
  await status(page, 'Licenties gewijzigd.');
});

test('the customers list, the customer form and a purchase speak Dutch, then German', async (t) => {
  const { page, url } = await openApp(t, { options: { locale: 'en-US' } });
  const { customerPath } = await seedBook(page, url);
  await page.goto(url('/customers'));
  await choose(page, 'en', 'nl');

  await page.getByRole('heading', { level: 1, name: 'Klanten' }).waitFor();
  const list = page.getByRole('table', { name: 'Klanten' });
  await list.getByRole('columnheader', { name: 'Bedrijfsnaam' }).waitFor();
  await list.getByRole('cell', { name: 'Commercieel' }).waitFor();
  await page.getByRole('button', { name: 'Nieuwe klant' }).click();
  await page.getByLabel('Primair domein').waitFor();
  const segments = await page.getByLabel('Segment').locator('option').allTextContents();
  assert.deepEqual(segments, ['Commercieel', 'Onderwijs', 'Overheid', 'Non-profit']);

  await page.goto(url(customerPath));
  await choose(page, 'nl', 'de');
  await page.getByRole('button', { name: 'Ein Abonnement kaufen' }).click();
  await page.getByLabel('Jährlich').check();
  await page.getByLabel('Angebot', { exact: true }).selectOption({ label: 'Office 365 E1' });
  await page.getByLabel('Lizenzen').fill('5');
  const lines = page.getByRole('table', { name: 'Neue Kostenpositionen' });
  const cells = await lines.getByRole('row').nth(1).getByRole('cell').allTextContents();
  assert.match(cells.at(-1), /^\d\d\.\d\d\.\d{4}$/, 'the invoice date in the German form');
  assert.match(cells.at(-2), /^-?\d{1,3}(\.\d{3})*,\d\d$/, 'the amount in the German form');
  await page.getByRole('button', { name: 'Kauf bestätigen' }).click();
  await status(page, 'Abonnement gekauft.');
  const table = page.getByRole('table', { name: 'Abonnements und Testversionen' });
  await table.getByRole('row').filter({ hasText: 'Office 365 E1' }).getByRole('cell', { name: 'Jährlich' }).waitFor();
});

test('the catalog and an offer\'s details speak German, prices in its form', async (t) => {
  const { page, url } = await openApp(t, { options: { locale: 'en-US' } });
  await seedBook(page, url);
  await page.goto(url('/catalog'));
  await choose(page, 'en', 'de');

  await page.getByRole('heading', { level: 1, name: 'Katalog' }).waitFor();
  await page.getByLabel('Jährlich').check();
  const offers = page.getByRole('table', { name: 'Onlinedienste' });
  const row = offers.getByRole('row').filter({ hasText: 'Office 365 E3' });
  const cells = await row.getByRole('cell').allTextContents();
  assert.match(cells[0], MONEY.de, 'the monthly price in the German form');
  await page.getByRole('button', { name: 'Office 365 E3 wählen' }).click();
  const details = page.locator('dl.offer-details');
  await details.getByText('Monatspreis', { exact: true }).waitFor();
  assert.match(await details.locator('dd').nth(2).textContent(), /^-?\d{1,3}(\.\d{3})*,\d\d\u00a0\$ pro Lizenz$/);
  await page.getByRole('heading', { level: 3, name: 'Kaufen' }).waitFor();
});

test('a backup\'s summary speaks German, its dates and invoiced total in its form', async (t) => {
  // A navigation right after another cancels the first page's favicon request; no fault.
  const allow = (problem) => /favicon\.svg net::ERR_ABORTED$/.test(problem);
  const { page, url } = await openApp(t, { allow, options: { locale: 'en-US' } });
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, { name: 'Billed Customer', domain: 'billed.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await moveToday(page, '2018-08-01');
  // The backup's invoices run to its last recorded day.
  await createCustomer(page, url, { name: 'Later Customer', domain: 'later.onmicrosoft.com', country: 'US' });
  await backToRealDate(page, 'Keep its actions in the real book');
  await page.goto(url('/settings'));
  await loaded(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');

  await choose(page, 'en', 'de');
  await page.getByRole('heading', { level: 2, name: 'Sicherung und Wiederherstellung' }).waitFor();
  await page.getByLabel('Sicherungsdatei').setInputFiles({
    name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text),
  });
  const holds = page.getByRole('region', { name: 'Die Sicherung enthält' });
  await holds.waitFor({ timeout: 30_000 });
  const summary = await holds.locator('dl').textContent();
  assert.match(summary, /Kunden\s*2/);
  assert.match(summary, /erfasst vom 01\.06\.2018 bis /);
  assert.match(summary, /Abgerechnet\s*\d{1,3}(\.\d{3})*,\d\d\u00a0\$ bis 01\.08\.2018/);
  await holds.getByRole('button', { name: 'Mein Buch durch diese Sicherung ersetzen' }).waitFor();
});
