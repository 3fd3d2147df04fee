import type { StatusChange } from '../outbox/types.ts';

/**
 * The steps of a request's history on the phone that a person cares about, oldest first: saved, refused (with the
 * server's reason), saved again after a correction, sent. Each attempt to send ("sending", and the "saved" that a
 * failed attempt writes back) is the outbox's business, not theirs: a screen-reader user would otherwise hear
 * "正在发送, 已保存" once per retry. Input: the outbox record's `history` (src/requests/outbox/records.ts).
 */
export function historySteps(history: readonly StatusChange[]): StatusChange[] {
  const steps: StatusChange[] = [];
  for (const change of history) {
    const last = steps.at(-1);
    const wanted =
      change.status === 'sent' || change.status === 'rejected' || (change.status === 'queued' && (!last || last.status === 'rejected'));
    // A second "sent" is a replayed receipt, not a second sending.
    if (wanted && !(change.status === 'sent' && steps.some((step) => step.status === 'sent'))) steps.push(change);
  }
  return steps;
}
