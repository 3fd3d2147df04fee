import type { RequestMessages } from './zh-Hans.ts';

/** What the words of an outbox record (../outbox/types.ts `OutboxRecord`) depend on; not imported, as the outbox imports this folder. */
interface RecordState {
  status: 'queued' | 'sending' | 'sent' | 'rejected';
  kind?: 'request' | 'question';
  receipt?: { reference: string } | null;
}

/**
 * `words`' text for `record`'s state on this phone: queued, sending, refused, or sent with its reference, which a
 * question's calls 留言编号 and a request's 受理编号. For "我的申请" (../status/records.ts) and the announcement when
 * it is sent (../outbox/deliver.ts).
 */
export function statusWords(words: RequestMessages['requests']['status']): (record: RecordState) => string {
  return (record) => {
    if (record.status !== 'sent') return words[record.status];
    return (record.kind === 'question' ? words.sentQuestion : words.sent)(record.receipt?.reference ?? '');
  };
}

