import { announce } from '../../a11y/announce.ts';
import { localeOf } from '../../i18n/locales.ts';
import { loadRequestMessages } from '../messages/index.ts';
import { setPending } from './pending.ts';
import { ensurePersistence, get, list, onOutboxChange, type OutboxSync, startOutboxSync, type TriggerReason } from './index.ts';

/**
 * Delivery of queued requests from the page: the outbox's sender with its triggers (online, timer, app start),
 * and a polite word in every open tab when a request is sent. Loaded only while something waits to be sent
 * (src/requests/outbox/pending.ts), so people who never file a request never download it.
 */
let sync: OutboxSync | undefined;

async function clearFlagWhenDone() {
  const records = await list();
  if (!records.some((record) => record.status === 'queued' || record.status === 'sending')) setPending(false);
}

/** Said in the language of the page that is open, whichever page filed the request. */
const words = () => loadRequestMessages(localeOf(location.pathname)).then((messages) => messages.requests.status);

function start(): OutboxSync {
  onOutboxChange(async (change) => {
    if (change.status === 'sent') {
      const reference = (await get(change.id))?.receipt?.reference;
      if (reference) announce((await words()).sent(reference));
    }
    if (change.status === 'rejected') announce((await words()).rejected);
    if (change.status === 'sent' || change.status === 'rejected' || change.status === 'removed') void clearFlagWhenDone();
  });
  return startOutboxSync();
}

export function deliverRequests(reason: TriggerReason) {
  if (reason === 'queue') {
    setPending(true);
    void words().then((status) => announce(status.queued));
    // Asked from the page on the first queued request: a worker cannot ask (DESIGN.md).
    void ensurePersistence();
  }
  sync ??= start();
  return sync.kick(reason);
}
