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

// Fetched by the browser itself, not by the app.
const BROWSERS_OWN = ['/favicon.svg', '/icon-192.png', '/icon-512.png'];
// The files of the pages loaded on demand and their loader (scripts/split-wasm.mjs names them).
const SPLIT_FILE = /^\/(lazy-[\w-]+\.wasm|wasm-split-[0-9a-f]{16}\.js)$/;
// The split loader's report of a download that did not finish (its stack names the loader).
const SPLIT_LOAD_FAILED = /^TypeError: Failed to fetch\n\s+at \S+\/wasm-split-[0-9a-f]{16}\.js:/;

const failed = (request) => `request failed: ${request.url()} ${request.failure()?.errorText}`;

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
  const cutShort = watchNavigations(page);
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (SPLIT_LOAD_FAILED.test(m.text())) cutShort.loaderFailed(m.text());
    else problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const aborted = r.failure()?.errorText === 'net::ERR_ABORTED';
    const path = new URL(r.url()).pathname;
    // The browser's own fetches of the favicon and the manifest's icons, cut short when the
    // test navigates on or reloads, are not the app's.
    if (aborted && BROWSERS_OWN.includes(path)) return;
    if (aborted && SPLIT_FILE.test(path)) cutShort.judge(r);
    else problems.push(failed(r));
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  t.after(async () => {
    await context.close();
    cutShort.end(problems);
    await rm(profile, { recursive: true, force: true });
    assert.deepEqual(problems.filter((p) => !allow(p)), [], 'no console errors, page errors or CSP violations');
  });
  return { page, context, problems, url: (path) => baseUrl + path };
}

/**
 * Judges the aborted downloads of pages loaded on demand: one the page's own navigation or
 * reload cut short is not a problem (the next page fetches it again), any other is. A request
 * sent before the page's latest navigation belonged to the document that navigation replaced.
 * The browser may report the abort before the navigation's request, so an abort with no
 * navigation after it yet waits for the next one, and is a problem if none comes. The split
 * loader reports each download it lost on the console: as many reports as downloads cut short
 * are theirs; any more is a problem.
 */
function watchNavigations(page) {
  const sent = new WeakMap();
  let requests = 0;
  let lastNavigation = -1;
  let waiting = [];
  let aborted = 0;
  const loaderReports = [];
  page.on('request', (r) => {
    sent.set(r, requests++);
    if (!r.isNavigationRequest() || r.frame() !== page.mainFrame()) return;
    lastNavigation = sent.get(r);
    waiting = [];
  });
  return {
    judge(r) {
      aborted += 1;
      if (sent.get(r) >= lastNavigation) waiting.push(r);
    },
    loaderFailed(text) {
      loaderReports.push(`console error: ${text}`);
    },
    end(problems) {
      problems.push(...waiting.map(failed));
      problems.push(...loaderReports.slice(aborted - waiting.length));
    },
  };
}

/**
 * The app has started once the header's "Today" line is there, and the page has arrived once
 * `<main>` shows something: a page loaded on demand comes after the frame.
 */
export async function loaded(page) {
  await page.getByText(/^Today: /).waitFor();
  await page.locator('main > *').first().waitFor();
}

/** The real date as the header writes it, e.g. "Sat 22 Nov 2025" (UTC, like the app). */
export function headerDate(date = new Date()) {
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()];
  return `${weekday} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}
