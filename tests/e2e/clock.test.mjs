// "Today": the real UTC date by default, moved and brought back from the header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBook } from './flows.mjs';
import { headerDate, loaded, openApp } from './harness.mjs';

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

  await page.getByRole('button', { name: 'Back to the real date' }).click();
  await page.getByText(`Today: ${headerDate()}`, { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Back to the real date' }).count(), 0);
});
