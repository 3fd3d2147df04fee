import { useEffect, useState } from 'preact/hooks';
import { useRequestMessages } from '../messages/index.ts';
import { statusWords } from '../messages/status-words.ts';
import { onOutboxChange } from '../outbox/broadcast.ts';
import { list } from '../outbox/outbox.ts';
import type { OutboxRecord } from '../outbox/types.ts';

export type Loaded = { state: 'loading' } | { state: 'ready'; records: OutboxRecord[] } | { state: 'unavailable' };

/** Every request made on this phone, newest first, from the outbox, kept in step with other tabs. */
export function useRecords(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    const read = () =>
      list().then(
        (records) => setLoaded({ state: 'ready', records: records.sort((a, b) => b.queuedAt - a.queuedAt) }),
        () => setLoaded({ state: 'unavailable' }),
      );
    void read();
    return onOutboxChange(() => void read());
  }, []);
  return loaded;
}

/** A request's or a question's state on this phone in words: queued, sending, sent with its reference, or refused. */
export function useStatusWords(): (record: OutboxRecord) => string {
  return statusWords(useRequestMessages().requests.status);
}
