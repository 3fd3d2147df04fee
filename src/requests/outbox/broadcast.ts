// Every status change is posted on the BroadcastChannel 'outbox', so every open tab (and the
// service worker) can update, and is given to this context's own listeners too: a channel
// does not deliver a message to the object that posted it.

import type { OutboxChange } from './types.ts';

export type OutboxChangeListener = (change: OutboxChange, info: { local: boolean }) => void;

const CHANNEL = 'outbox';
const listeners = new Set<OutboxChangeListener>();
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    if (typeof BroadcastChannel === 'undefined') {
      channel = null;
    } else {
      channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = (event: MessageEvent) => {
        const change = event.data as OutboxChange | undefined;
        if (change?.type === 'outbox-change') deliver(change, false);
      };
      // Node (tests) would otherwise keep the process alive for the channel.
      (channel as { unref?: () => void }).unref?.();
    }
  }
  return channel;
}

function deliver(change: OutboxChange, local: boolean): void {
  for (const listener of [...listeners]) {
    try {
      listener(change, { local });
    } catch (error) {
      console.error('Outbox change listener failed', error);
    }
  }
}

/** Tells this context's listeners and every other tab. Call after the change is committed. */
export function postChange(change: Omit<OutboxChange, 'type'>): void {
  const message: OutboxChange = { type: 'outbox-change', ...change };
  deliver(message, true);
  try {
    getChannel()?.postMessage(message);
  } catch (error) {
    console.error('Outbox change could not be broadcast', error);
  }
}

/**
 * Calls `listener` on every change, from this tab (`local: true`) or another tab or the
 * service worker (`local: false`). Returns the function that unsubscribes.
 */
export function onOutboxChange(listener: OutboxChangeListener): () => void {
  getChannel();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Closes the channel (tests). A later post or subscription opens a new one. */
export function closeOutboxChannel(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
}
