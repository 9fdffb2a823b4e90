// Starts the app and watches it from outside the wasm. Trunk's default loader is an inline
// script, which the page's Content-Security-Policy forbids; Trunk writes the hashed file names
// into this tag instead.
//
// 1. Until the app is mounted, index.html shows a static skeleton; it goes once the app is up.
// 2. If the wasm fails to load or start, or traps later (a Rust panic aborts as "unreachable"),
//    the app can't go on: a page made here says so, and offers the stored data for download
//    exactly as it is, and a reload. Nothing here writes to storage.
// 3. Once the app runs, the service worker (sw.js) keeps this build for offline use. When a new
//    build's worker is installed and waiting, the app's banner is told ('pd-update-ready'); when
//    the partner chooses to reload ('pd-apply-update'), the waiting worker takes over and this
//    tab, and only this one, reloads.

const STORAGE_PREFIX = 'partnerdesk.';
let stopped = false;

/** Every stored value of the app, key by key, as the browser holds it. */
function storedData() {
  const data = {};
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) data[key] = localStorage.getItem(key);
  }
  return data;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function downloadStoredData(problem) {
  problem.textContent = '';
  let text;
  try {
    text = JSON.stringify(storedData(), null, 2);
  } catch (error) {
    problem.textContent = `The browser refused to read the stored data (${error.message}).`;
    return;
  }
  const link = element('a', null, { download: `partnerdesk-stored-data-${new Date().toISOString().slice(0, 10)}.json` });
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Replaces the page with what happened and the way out. Shown once: the first error counts. */
function showStopped(heading, error) {
  if (stopped) return;
  stopped = true;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const page = element('main', null, { id: 'main', class: 'stopped', tabindex: '-1' });
  const problem = element('p', null, { class: 'field-error', role: 'alert' });
  const download = element('button', 'Download the stored data', { type: 'button' });
  download.addEventListener('click', () => downloadStoredData(problem));
  const reload = element('button', 'Reload PartnerDesk', { type: 'button', class: 'confirm' });
  reload.addEventListener('click', () => location.reload());
  const details = element('details');
  details.append(element('summary', 'What happened'), element('pre', detail));
  const buttons = element('p', null, { class: 'dialog-buttons' });
  buttons.append(download, reload);
  page.append(
    element('h1', heading),
    element('p', 'Your stored data is untouched: everything PartnerDesk saved before the error is still in this browser.'),
    element('p', 'Keep a copy of the stored data exactly as it is, then reload. If the error comes back, the copy holds everything PartnerDesk has stored here.'),
    buttons,
    problem,
    details,
  );
  const header = element('header', null, { class: 'app-header' });
  header.append(element('p', 'PartnerDesk', { class: 'app-name' }));
  document.title = 'Stopped · PartnerDesk';
  document.body.replaceChildren(header, page);
  page.focus();
}

window.addEventListener('error', (event) => {
  // Events without an error object are not exceptions (a failed image, a ResizeObserver note).
  if (event.error) showStopped('PartnerDesk stopped because of an error', event.error);
});
window.addEventListener('unhandledrejection', (event) => {
  showStopped('PartnerDesk stopped because of an error', event.reason);
});

async function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register(new URL('sw.js', import.meta.url));
  // Test drivers can block workers, and answer with nothing.
  if (!registration) return;
  const offerUpdate = () => window.dispatchEvent(new Event('pd-update-ready'));
  const hadController = Boolean(navigator.serviceWorker.controller);
  if (registration.waiting && hadController) offerUpdate();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate();
    });
  });
  let reloadAsked = false;
  window.addEventListener('pd-apply-update', () => {
    reloadAsked = true;
    // No waiting worker: another tab already switched to the new build; this tab just reloads.
    if (registration.waiting) registration.waiting.postMessage('skip-waiting');
    else location.reload();
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first visit's worker claims the page too (clients.claim): no new build, no reload.
    if (reloadAsked) location.reload();
    else if (hadController) offerUpdate();
  });
  // A tab left open for days still learns about a new build when the partner comes back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}

const tag = document.querySelector('script[data-wasm]');
try {
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
} catch (error) {
  showStopped('PartnerDesk could not start', error);
}
if (!stopped) {
  // The app has mounted itself after the skeleton: the skeleton's job is done.
  document.getElementById('boot-screen')?.remove();
  // Without a worker the app works as before, online only: no reason to stop it.
  await keepOffline().catch((error) => console.warn('PartnerDesk will not work offline:', error));
}
