/**
 * A flag in localStorage while a request waits in the outbox: every page checks it without opening IndexedDB,
 * and other tabs hear it change (the `storage` event), so only then do they load the outbox's code.
 */
export const PENDING_FLAG = 'outbox-pending';

export function hasPendingRequests(): boolean {
  try {
    return localStorage.getItem(PENDING_FLAG) !== null;
  } catch {
    return false;
  }
}

export function setPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(PENDING_FLAG, '1');
    else localStorage.removeItem(PENDING_FLAG);
  } catch {
    // Storage switched off: requests are still sent while this page is open.
  }
}
