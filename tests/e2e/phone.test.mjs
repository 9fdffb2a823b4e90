// A phone's screen (390 × 844 CSS pixels): no page pans sideways, wide tables scroll inside
// their own labelled box, and the header is one row whose Menu button opens the navigation and
// the control that moves today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBook } from './flows.mjs';
import { loaded, openApp } from './harness.mjs';
import { seedBook, views } from './tour.mjs';

const PHONE = { viewport: { width: 390, height: 844 } };

/** How far the page would pan sideways, and what sticks out past its right edge. */
function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const root = document.scrollingElement;
    const inBoxes = (el) => el.closest('.table-scroll') !== null;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => !inBoxes(el) && el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 5) };
  });
}

/** The vertical extent of the header's first-row parts: one row when they all overlap. */
function headerRow(page) {
  return page.evaluate(() =>
    ['.app-name', '.today-line', '.menu-button'].map((selector) => {
      const box = document.querySelector(`.app-header ${selector}`).getBoundingClientRect();
      return { selector, top: box.top, bottom: box.bottom };
    }),
  );
}

test('at 390 px no route scrolls sideways; wide tables scroll in their own focusable region', async (t) => {
  const { page, url } = await openApp(t);
  // Recorded on a wide screen, where moving today needs no menu; checked on the phone's.
  const book = await seedBook(page, url);
  await page.setViewportSize(PHONE.viewport);
  for (const [name, open] of views(url, book)) {
    await open(page);
    const overflow = await sidewaysOverflow(page);
    assert.ok(overflow.scrollWidth <= overflow.clientWidth, `${name}: ${JSON.stringify(overflow)}`);
    const row = await headerRow(page);
    const top = Math.max(...row.map((part) => part.top));
    assert.ok(row.every((part) => part.bottom > top), `${name}: the header is one row: ${JSON.stringify(row)}`);
  }

  // The invoice's lines are wider than the screen: their region scrolls, by keyboard too.
  await page.goto(url('/billing'));
  await loaded(page);
  await page.getByRole('button', { name: 'Show PD20180615' }).click();
  const lines = page.getByRole('region', { name: 'Lines of this invoice' });
  await lines.waitFor();
  const sizes = await lines.evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
  assert.ok(sizes.scroll > sizes.client, `the lines are wider than the screen: ${JSON.stringify(sizes)}`);
  await lines.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((box) => box.scrollLeft > 0, await lines.elementHandle());
});

test('on a phone the Menu button opens the navigation and today\'s control, and a link closes it', async (t) => {
  const { page, url } = await openApp(t, { options: PHONE });
  await startBook(page, url);
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav.isVisible(), false, 'the navigation is folded away');
  assert.equal(await page.getByLabel('Move today to').isVisible(), false);
  assert.equal(await page.getByText(/^Today: /).isVisible(), true, 'today stays in view');

  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Billing' }).click();
  await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'the menu closes on the way');
  assert.equal(await nav.isVisible(), false);

  // Escape closes it too, and gives the focus back to the button.
  await menu.click();
  await page.getByLabel('Move today to').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await menu.evaluate((button) => button === document.activeElement), true);
});
