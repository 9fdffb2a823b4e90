// The dashboard as a cockpit (issue 14, item 3) and invoices an accountant can read (item 6),
// on the release build: the tiles hold the core's figures, the chart's table its months, an
// empty book says what to do first, and Billing shows subtotals and a printable statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createCustomer, moveToday, purchase, startBook } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';

const tile = (page, id) => page.locator(`[data-tile=${id}] .tile-figure`).textContent();

test('the tiles and the chart show the figures of 10 monthly E3 at 20.00', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await page.getByRole('heading', { name: 'Your book has no customers yet' }).waitFor();
  await moveToday(page, '2018-06-05');
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'NL' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { name: 'At a glance' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Your book has no customers yet' }).count(), 0);
  assert.equal(await tile(page, 'customers'), '1');
  assert.equal(await tile(page, 'active'), '1');
  assert.equal(await tile(page, 'seats'), '10');
  assert.equal(await tile(page, 'monthly'), '200.00 USD', '10 × 20.00 a month');
  const total = await tile(page, 'next-invoice');
  assert.match(total, /^[0-9,.]+ USD$/);
  assert.equal(await page.locator('[data-tile=next-invoice] .tile-label').textContent(), 'Next invoice, Fri 15 Jun 2018');
  assert.equal(await page.locator('[data-tile=customers]').getAttribute('href'), '/customers');

  await page.getByText('The figures as a table').click();
  const months = await page.getByRole('table', { name: "The chart's figures by month" }).locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );
  assert.equal(months.length, 18);
  assert.deepEqual(months[0], ['Dec 2017', 'Invoiced', '0.00']);
  assert.deepEqual(months[6], ['Jun 2018', 'Next invoice, as it stands', total.replace(' USD', '')]);
  assert.deepEqual(months[8], ['Aug 2018', 'Forecast', '200.00']);
  assert.equal(await page.locator('.invoice-chart svg rect').count(), 18);
});

test('Billing shows subtotals by customer and prints one customer\'s statement alone', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await moveToday(page, '2018-06-05');
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'NL' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await createCustomer(page, url, { name: 'Contoso', domain: 'contoso.onmicrosoft.com', country: 'US' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 3 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  await page.getByRole('button', { name: 'Show the upcoming invoice' }).click();
  const subtotals = page.getByRole('table', { name: 'Subtotals by customer' });
  const rows = await subtotals.locator('tbody tr').evaluateAll((rs) =>
    rs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim()).slice(0, 3)),
  );
  const cents = (text) => Math.round(Number(text.replace(/[^0-9.-]/g, '')) * 100);
  assert.deepEqual(rows.map((r) => r[0]), ['Fabrikam', 'Contoso']);
  const invoiceTotal = await page.locator('section.invoice .invoice-total').textContent();
  const footer = await subtotals.locator('tfoot tr').locator('th, td').allTextContents();
  assert.equal(footer[0], 'Invoice total');
  assert.equal(cents(footer[2]), cents(invoiceTotal));
  assert.equal(cents(rows[0][2]) + cents(rows[1][2]), cents(invoiceTotal), 'the subtotals add up');

  await page.getByRole('button', { name: 'Statement for Contoso' }).click();
  const statement = page.locator('section.statement');
  await statement.getByRole('heading', { name: /^Statement of invoice PD20180615 for Contoso$/ }).waitFor();
  assert.equal(await statement.locator('.statement-total').textContent(), `${rows[1][2]} USD`);
  assert.equal(await statement.getByRole('table', { name: 'Lines for Contoso' }).locator('tbody tr').count(), Number(rows[1][1]));

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false, 'no navigation on paper');
  assert.equal(await page.getByRole('button', { name: 'Print this statement' }).isVisible(), false, 'no controls on paper');
  assert.equal(await subtotals.isVisible(), false, 'only the statement');
  assert.equal(await statement.locator('.statement-customer').isVisible(), true);
  assert.equal(await statement.getByRole('table', { name: 'Lines for Contoso' }).isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
});

test('an empty book opens a demo book only after confirmation, and never over customers', async (t) => {
  const { page, url } = await openApp(t);
  await startBook(page, url);
  await page.getByRole('heading', { name: 'Your book has no customers yet' }).waitFor();
  await page.getByRole('button', { name: 'Open a demo book…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await tile(page, 'customers'), '0', 'cancelled: nothing recorded');
  await page.getByRole('button', { name: 'Open a demo book…' }).click();
  await page.getByRole('button', { name: 'Fill my book with the demo' }).click();
  await page.locator('[data-tile=customers] .tile-figure', { hasText: /^12$/ }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Your book has no customers yet' }).count(), 0);
  assert.notEqual(await tile(page, 'active'), '0');
  await page.reload();
  await loaded(page);
  assert.equal(await tile(page, 'customers'), '12', 'stored');
  assert.equal(await page.getByRole('button', { name: 'Open a demo book…' }).count(), 0);
});

/**
 * Runs in every document before the app: keeps what the dashboard drawn from its kept figures
 * showed (issue 13's cold load), however briefly, as `window.__keptView`.
 */
function recordKeptView() {
  new MutationObserver((records) => {
    for (const node of records.flatMap((r) => [...r.addedNodes])) {
      const status = node instanceof Element ? node.querySelector('.kept-status') : null;
      if (window.__keptView || !status) continue;
      const view = status.closest('.boot-screen') ?? node;
      window.__keptView = {
        status: status.textContent.trim(),
        tiles: [...view.querySelectorAll('[data-tile]')].map((e) => e.textContent.trim()),
        html: view.outerHTML,
      };
    }
  }).observe(document, { childList: true, subtree: true });
}

test('a reload on the dashboard shows the kept figures at once, then the same live ones', async (t) => {
  const { page, url } = await openApp(t, { initScript: recordKeptView, options: { bypassCSP: true } });
  await startBook(page, url);
  await createCustomer(page, url, { name: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', country: 'NL' });
  await purchase(page, { offer: 'Office 365 E3', frequency: 'Monthly', licenses: 10 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { name: 'At a glance' }).waitFor();
  const tiles = () => page.locator('[data-tile]').evaluateAll((all) => all.map((e) => e.textContent.trim()));
  const live = await tiles();
  assert.equal(live.length, 7);
  await page.waitForFunction(() => localStorage.getItem('partnerdesk.kept-figures.v1') !== null);

  await page.reload();
  await loaded(page);
  await page.getByRole('heading', { name: 'At a glance' }).waitFor();
  const kept = await page.evaluate(() => window.__keptView);
  assert.ok(kept, 'the dashboard was drawn from the kept figures first');
  assert.equal(kept.status, 'Updating…');
  assert.deepEqual(kept.tiles, live, 'the kept figures are those shown before the reload');
  assert.deepEqual(await tiles(), live, 'and the app shows the same');
  assert.equal(await page.locator('.kept-status').count(), 0, 'the app took over');

  // axe on the kept dashboard as it was drawn, with the app's style sheets.
  const styles = await page.locator('link[rel=stylesheet]').evaluateAll((all) => all.map((l) => `<link rel="stylesheet" href="${l.href}">`));
  await page.setContent(`<!doctype html><html lang="en"><head><title>Dashboard</title>${styles.join('')}</head><body>${kept.html}</body></html>`);
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const found = await page.evaluate(async () => (await window.axe.run(document)).violations);
  assert.deepEqual(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);
});
