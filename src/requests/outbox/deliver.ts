import { announce } from '../../a11y/announce.ts';
import { localeOf } from '../../i18n/locales.ts';
import { loadRequestMessages } from '../messages/index.ts';
import { statusWords } from '../messages/status-words.ts';
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
      const record = await get(change.id);
      if (record?.receipt?.reference) announce(statusWords(await words())(record));
    }
    if (change.status === 'rejected') announce((await words()).rejected);
    if (change.status === 'sent' || change.status === 'rejected' || change.status === 'removed') void clearFlagWhenDone();
  });
  return startOutboxSync();
}

export function deliverRequests(reason: TriggerReason) {
  if (reason === 'queue') {
    setPending(true);
    // Online it is on its way now: "saved, sent when you are online" would say it is not.
    void words().then((status) => announce(navigator.onLine ? status.sending : status.queued));
    // Asked from the page on the first queued request: a worker cannot ask (DESIGN.md).
    void ensurePersistence();
  }
  sync ??= start();
  return sync.kick(reason);
}
