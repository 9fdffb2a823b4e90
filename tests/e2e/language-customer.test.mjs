// A customer's page in Dutch and German: headings, table columns, a subscription's facts, an
// action's form with its preview, and their dates and amounts in the locale's form; a switch of
// language while a form is open rewrites the page and keeps the form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { seedBook } from './tour.mjs';
import { status } from './flows.mjs';

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
