import { announce } from '../app/announce.ts';
import { zhHansRequests } from '../i18n/zh-Hans-requests.ts';
import { setPending } from './pending.ts';
import { ensurePersistence, get, list, onOutboxChange, type OutboxSync, startOutboxSync, type TriggerReason } from '../outbox/index.ts';

/**
 * Delivery of queued requests from the page: the outbox's sender with its triggers (online, timer, app start),
 * and a polite word in every open tab when a request is sent. Loaded only while something waits to be sent
 * (src/requests/pending.ts), so people who never file a request never download it.
 */
let sync: OutboxSync | undefined;

async function clearFlagWhenDone() {
  const records = await list();
  if (!records.some((record) => record.status === 'queued' || record.status === 'sending')) setPending(false);
}

function start(): OutboxSync {
  onOutboxChange(async (change) => {
    if (change.status === 'sent') {
      const reference = (await get(change.id))?.receipt?.reference;
      if (reference) announce(zhHansRequests.requests.status.sent(reference));
    }
    if (change.status === 'rejected') announce(zhHansRequests.requests.status.rejected);
    if (change.status === 'sent' || change.status === 'rejected' || change.status === 'removed') void clearFlagWhenDone();
  });
  return startOutboxSync();
}

export function deliverRequests(reason: TriggerReason) {
  if (reason === 'queue') {
    setPending(true);
    announce(zhHansRequests.requests.status.queued);
    // Asked from the page on the first queued request: a worker cannot ask (DESIGN.md).
    void ensurePersistence();
  }
  sync ??= start();
  return sync.kick(reason);
}
