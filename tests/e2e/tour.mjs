// A walk through every route of the app with a book that fills its tables: one customer with a
// monthly subscription whose licenses changed, an issued invoice, a price list checked and not
// applied, an action's preview open. The phone and accessibility tests check each view on it.
import { loaded } from './harness.mjs';
import { changeLicenses, createCustomer, moveToday, purchase, startBook } from './flows.mjs';

const PRICE_LIST = [
  'Change Indicator,Valid from Date,Valid to Date,Offer Display Name,Offer ID,License Agreement Type,Purchase Unit,Secondary License Type,End Customer Type,List Price,ERP Price',
  'CHG,10/1/2017,,Office 365 Business Premium,031c9e47-4802-4248-838e-778fb1d2cc05,Corporate,1 Month,Non-specific,Commercial,13.00,15.60',
].join('\n');

/** Records the book the tour shows: a customer, a purchase on 6/1/2018, 12 licenses from 6/5. */
export async function seedBook(page, url) {
  await startBook(page, url);
  await moveToday(page, '2018-06-01');
  await createCustomer(page, url, {
    name: 'Fabrikam Consolidated Holdings International',
    domain: 'fabrikam-consolidated-holdings.onmicrosoft.com',
    country: 'NL',
  });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await moveToday(page, '2018-06-05');
  await changeLicenses(page, 'Office 365 E3', 12);
  const customerPath = new URL(page.url()).pathname;
  await moveToday(page, '2018-07-20');
  return { customerPath };
}

/** The views of the tour, each a name and the steps that open it from anywhere. */
export function views(url, { customerPath }) {
  const open = (path, heading) => async (page) => {
    await page.goto(url(path));
    await loaded(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  return [
    ['dashboard', open('/', 'Dashboard')],
    [
      'dashboard, with the chart\'s figures open',
      async (page) => {
        await open('/', 'Dashboard')(page);
        await page.getByText('The figures as a table').click();
        await page.getByRole('table', { name: "The chart's figures by month" }).waitFor();
      },
    ],
    ['catalog', open('/catalog', 'Catalog')],
    ['customers', open('/customers', 'Customers')],
    [
      'a customer, with a preview open',
      async (page) => {
        await open(customerPath, 'Fabrikam Consolidated Holdings International')(page);
        await page.getByRole('button', { name: 'Manage Office 365 E3' }).click();
        await page.getByRole('button', { name: 'Change licenses' }).click();
        await page.getByLabel('New number of licenses').fill('15');
        await page.getByRole('table', { name: 'New charge lines' }).waitFor();
      },
    ],
    [
      'billing, with an invoice shown',
      async (page) => {
        await open('/billing', 'Billing')(page);
        await page.getByRole('button', { name: 'Show PD20180615' }).click();
        await page.getByRole('table', { name: 'Lines of this invoice' }).waitFor();
      },
    ],
    [
      'billing, with a customer\'s statement open',
      async (page) => {
        await open('/billing', 'Billing')(page);
        await page.getByRole('button', { name: 'Show PD20180615' }).click();
        await page.getByRole('button', { name: 'Statement for Fabrikam Consolidated Holdings International' }).click();
        await page.getByRole('table', { name: 'Lines for Fabrikam Consolidated Holdings International' }).waitFor();
      },
    ],
    [
      'imports, with a price list checked',
      async (page) => {
        await open('/imports', 'Imports')(page);
        await page.getByLabel('Price list CSV').fill(PRICE_LIST);
        await page.getByRole('button', { name: 'Check price list' }).click();
        await page.getByRole('table', { name: 'Changes in this price list' }).waitFor();
      },
    ],
    ['settings', open('/settings', 'Settings')],
    ['recovery', open('/recovery', 'Nothing to recover')],
    ['a rule explained ("Why?")', open('/rules/c8', 'Cancellation credit.')],
    ['not found', open('/no/such/page', 'Page not found')],
  ];
}
