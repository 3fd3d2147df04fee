import { hydrate } from 'preact-iso';
import { App } from './app/App.tsx';
// Every page sets its head through this module: kept in this chunk, not one of its own that the pages' chunks and the
// prerenderer's would share (and every page download).
import './components/Page/head.ts';
import { firstPageShown } from './components/Page/navigation.ts';
import { loadMessages } from './i18n/index.ts';
import { localeOf } from './i18n/locales.ts';
import { resumeAddress } from './offline/resume.ts';
import { watchUnsavedInput } from './offline/unsaved.ts';
import { registerServiceWorker } from './offline/service-worker.ts';
import { deliverQueued } from './requests/outbox/deliver-queued.ts';
import { hasPendingRequests, PENDING_FLAG } from './requests/outbox/pending.ts';
import './app/styles.css';

if (typeof window !== 'undefined') start();

function start() {
  const resume = resumeAddress(location, localStorage);
  if (resume) return location.replace(resume);

  const offlineList = document.getElementById('offline-pages');
  // The offline page stands in for another address: hydrating it would route to that page's code instead.
  if (offlineList) void import('./offline/offline-page.ts').then(({ listSavedPages }) => listSavedPages(offlineList));
  // The page's language arrives before the app renders. Should it not (offline, never saved), the page
  // stays as it was prerendered: it reads without JavaScript.
  else {
    loadMessages(localeOf(location.pathname)).then(
      (messages) => hydrate(<App messages={messages} />, document.getElementById('app')!),
      () => undefined,
    );
  }

  watchUnsavedInput(document);
  // Once the page's own files have all arrived, route chunks included, which `load` does not wait for: the worker's
  // first install takes them from the browser's cache instead of downloading them again (issue 16). The offline page,
  // which the worker itself answers with, shows no page of the app and registers nothing.
  addEventListener('load', () => void firstPageShown.then(registerServiceWorker));
  deliverWhenPending();
}

/**
 * Requests waiting in the outbox are sent from whichever page is open. The outbox's code is loaded only
 * while something waits, or once another tab has queued a request.
 */
function deliverWhenPending() {
  const deliver = () => deliverQueued('start');
  if (hasPendingRequests()) deliver();
  addEventListener('storage', (event) => {
    if (event.key === PENDING_FLAG && event.newValue) deliver();
  });
}

/** Build time: @preact/preset-vite calls this for every address and writes `<path>/index.html` (src/prerender.tsx). */
export async function prerender({ url }: { url: string }) {
  return (await import('./prerender.tsx')).prerenderPage(url);
}
