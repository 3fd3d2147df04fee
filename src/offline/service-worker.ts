import { homeHref, serviceWorkerHref } from '../addresses/addresses.ts';
import { noteSaveData } from './save-data.ts';
/**
 * Registers the service worker with a prompt: a new version waits until the person chooses to reload
 * (DESIGN.md: never reload by itself). Hand-written rather than workbox-window: these few lines are all the
 * page needs, and every byte counts against the page budget.
 */
let waitingWorker: ServiceWorker | undefined;
const listeners = new Set<() => void>();

function waiting(worker: ServiceWorker) {
  waitingWorker = worker;
  listeners.forEach((listener) => listener());
}

/** True when a new version is installed and waiting for the person's go-ahead. */
export function updateWaiting(): boolean {
  return waitingWorker !== undefined;
}

export function onUpdateWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The person pressed the button: let the new version take over, then reload into it. */
export function applyUpdate(): void {
  if (!waitingWorker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waitingWorker.postMessage({ type: 'SKIP_WAITING' });
}

export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  // Before the worker installs: under Save-Data it downloads nothing ahead (issue 16, point 5).
  await noteSaveData().catch(() => undefined);
  const registration = await navigator.serviceWorker.register(serviceWorkerHref, { scope: homeHref() });
  // The first install has no older version to replace: only an update waits for the person.
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) waiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && isUpdate()) waiting(worker);
    });
  });
  return registration;
}
