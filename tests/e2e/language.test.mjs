// The app's language: the browser's by default (Playwright's locale sets navigator.languages),
// chosen in the header, kept across reloads; dates and money on the dashboard, a customer's page
// and Billing written in the locale's form; Settings reads a rate typed with a decimal comma.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { seedBook } from './tour.mjs';

/** The amount of the USD totals, as nl ("US$ 1.234,56") and de ("1.234,56 $") write it. */
const MONEY = {
  nl: /^US\$\u00a0-?\d{1,3}(\.\d{3})*,\d\d$/,
  de: /^-?\d{1,3}(\.\d{3})*,\d\d\u00a0\$$/,
};
/** The dates of the seeded book (today 20 Jul 2018, billing day 15) in each locale. */
const DATES = {
  nl: { today: '20-07-2018', next: '15-08-2018', issued: '15-06-2018' },
  de: { today: '20.07.2018', next: '15.08.2018', issued: '15.06.2018' },
};
const TODAY_IS = { en: 'Today: ', nl: 'Vandaag: ', de: 'Heute: ' };
const LANGUAGE_LABEL = { en: 'Language', nl: 'Taal', de: 'Sprache' };
/** The pages' headings and Settings' words in each language. */
const WORDS = {
  nl: { dashboard: 'Overzicht', billing: 'Facturatie', glance: 'In één oogopslag', invoices: 'Facturen',
    tax: 'Btw-tarief (%)', save: 'Instellingen opslaan', saved: 'Instellingen opgeslagen.' },
  de: { dashboard: 'Übersicht', billing: 'Abrechnung', glance: 'Auf einen Blick', invoices: 'Rechnungen',
    tax: 'Steuersatz (%)', save: 'Einstellungen speichern', saved: 'Einstellungen gespeichert.' },
};

/** The app has started in `lang` once the header's today line is there, in that language. */
async function loadedIn(page, lang) {
  await page.locator('.today-line').filter({ hasText: TODAY_IS[lang] }).waitFor();
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

async function choose(page, from, to) {
  await page.getByLabel(LANGUAGE_LABEL[from], { exact: true }).selectOption(to);
  await loadedIn(page, to);
}

test('the browser\'s language comes first, and a chosen one survives a reload', async (t) => {
  const { page, url } = await openApp(t, { options: { locale: 'de-DE' } });
  await page.goto(url('/'));
  await loadedIn(page, 'de');
  assert.equal(await page.getByLabel('Sprache', { exact: true }).inputValue(), 'de');
  await page.getByRole('link', { name: 'Kunden', exact: true }).waitFor();

  await choose(page, 'de', 'nl');
  await page.getByRole('link', { name: 'Klanten', exact: true }).waitFor();
  await page.reload();
  await loadedIn(page, 'nl');
  assert.equal(await page.getByLabel('Taal', { exact: true }).inputValue(), 'nl');
});

/** Checks the dashboard, the customer's page and Billing show `lang`'s dates and money. */
async function checkFigures(page, url, customerPath, lang) {
  const dates = DATES[lang];
  const words = WORDS[lang];
  await page.goto(url('/'));
  await loadedIn(page, lang);
  await page.getByRole('heading', { level: 1, name: words.dashboard }).waitFor();
  await page.getByRole('heading', { level: 2, name: words.glance }).waitFor();
  assert.ok((await page.locator('.today-line').textContent()).startsWith(TODAY_IS[lang] + dates.today));
  assert.ok((await page.locator('[data-tile=next-invoice]').textContent()).includes(dates.next), 'next invoice date');
  assert.match(await page.locator('.invoice-total').first().textContent(), MONEY[lang]);

  await page.goto(url(customerPath));
  await loadedIn(page, lang);
  const invoice = page.locator('p').filter({ has: page.locator('.invoice-total') });
  assert.ok((await invoice.textContent()).includes(dates.next), 'the customer\'s invoice date');
  assert.match(await page.locator('.invoice-total').first().textContent(), MONEY[lang]);

  await page.goto(url('/billing'));
  await loadedIn(page, lang);
  await page.getByRole('heading', { level: 1, name: words.billing }).waitFor();
  await page.getByRole('heading', { level: 2, name: words.invoices, exact: true }).waitFor();
  assert.match(await page.locator('.invoice-total').first().textContent(), MONEY[lang]);
  const issued = page.getByRole('row').filter({ hasText: 'PD20180615' });
  const cells = await issued.getByRole('cell').allTextContents();
  assert.equal(cells[0], dates.issued, 'billing date of the issued invoice');
  assert.match(cells.at(-2), /^\d{1,3}(\.\d{3})*,\d\d$/, 'its total in the locale\'s form');
}

test('in Dutch and German the figures follow the locale and Settings reads 21,5', async (t) => {
  const { page, url } = await openApp(t, { options: { locale: 'en-US' } });
  const { customerPath } = await seedBook(page, url);
  await choose(page, 'en', 'nl');
  await checkFigures(page, url, customerPath, 'nl');

  await page.goto(url('/settings'));
  await loadedIn(page, 'nl');
  const tax = page.getByLabel(WORDS.nl.tax);
  assert.equal(await tax.inputValue(), '0,00');
  await tax.fill('21,5');
  await page.getByRole('button', { name: WORDS.nl.save }).click();
  await page.getByRole('status').filter({ hasText: WORDS.nl.saved }).waitFor();
  await page.reload();
  await loadedIn(page, 'nl');
  assert.equal(await page.getByLabel(WORDS.nl.tax).inputValue(), '21,50');

  await choose(page, 'nl', 'de');
  // The form follows a switch of language at once, keeping what it holds.
  await page.getByLabel(WORDS.de.tax).waitFor();
  assert.equal(await page.getByLabel(WORDS.de.tax).inputValue(), '21,50');
  await checkFigures(page, url, customerPath, 'de');
});
