// The Content-Security-Policy is in force: the app runs under it, injected code does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loaded, openApp } from './harness.mjs';

test('the page refuses inline scripts and handlers while the wasm app runs', async (t) => {
  const { page, problems, url } = await openApp(t, {
    allow: (p) => /CSP violation|Executing inline (script|event handler) violates the following Content Security Policy/.test(p),
  });
  await page.goto(url('/'));
  await loaded(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);

  const violation = page.waitForEvent('console', (m) => m.text().startsWith('CSP violation: script-src'));
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    const b = document.createElement('button');
    b.setAttribute('onclick', 'window.handlerRan = true');
    document.body.append(b);
    b.click();
    b.remove();
    return { script: window.inlineRan === true, handler: window.handlerRan === true };
  });
  assert.deepEqual(ran, { script: false, handler: false });
  await violation;
  assert.ok(problems.length > 0, 'the harness saw the violation');
});
