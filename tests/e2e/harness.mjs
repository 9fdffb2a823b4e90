// Shared set-up of the end-to-end tests: the release build in dist/ served on a free port of
// 127.0.0.1, and Debian's Chromium driven by playwright-core with a fresh profile per test.
// Every page is watched: a console error, an uncaught exception, a failed request or a
// Content-Security-Policy violation fails the test that caused it.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

// The flags of shared/TOOLCHAIN.md: without the background-networking ones Chromium floods the
// closed network with refused connections.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server;
let baseUrl;

before(async () => {
  ({ server, url: baseUrl } = await startServer({ dir: 'dist', port: 0 }));
});

after(() => new Promise((done) => server.close(done)));

/**
 * Opens a fresh browser profile for one test and returns `{ page, context, problems, url }`.
 * `url(path)` makes an address on the test server. At the end of the test the profile is
 * closed and, unless `allow` says otherwise, no problem may have been seen. `options` go to
 * Playwright's context (a phone's viewport, `serviceWorkers: 'block'`).
 */
export async function openApp(t, { allow = () => false, initScript, options = {} } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'partnerdesk-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  const problems = [];
  // Injected by the driver, so the page's CSP does not apply to it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  if (initScript) await context.addInitScript(initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // The browser's own fetches of the favicon and the manifest's icons, cut short when the
    // test navigates on or reloads, are not the app's.
    const browsersOwn = ['/favicon.svg', '/icon-192.png', '/icon-512.png'];
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && browsersOwn.includes(new URL(r.url()).pathname)) return;
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  t.after(async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    assert.deepEqual(problems.filter((p) => !allow(p)), [], 'no console errors, page errors or CSP violations');
  });
  return { page, context, problems, url: (path) => baseUrl + path };
}

/** The app has started once the header's "Today" line is there. */
export async function loaded(page) {
  await page.getByText(/^Today: /).waitFor();
}

/** The real date as the header writes it, e.g. "Sat 22 Nov 2025" (UTC, like the app). */
export function headerDate(date = new Date()) {
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()];
  return `${weekday} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}
