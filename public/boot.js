// Starts the app. Trunk's default loader is an inline script, which the page's
// Content-Security-Policy forbids; Trunk writes the hashed file names into this tag instead.
// Until the app is mounted, index.html shows a static skeleton; it goes once the app is up.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
// The app has mounted itself after the skeleton: the skeleton's job is done.
document.getElementById('boot-screen')?.remove();
