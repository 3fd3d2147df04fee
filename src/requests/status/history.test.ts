import { describe, expect, it } from 'vitest';
import type { StatusChange } from '../outbox/index.ts';
import { historySteps } from './history.ts';

const at = (status: StatusChange['status'], minute: number, note?: string): StatusChange =>
  note === undefined ? { at: minute * 60_000, status } : { at: minute * 60_000, status, note };

describe('historySteps', () => {
  it('a request that failed to send three times shows one "saved" step and one "sent" step', () => {
    const history = [
      at('queued', 0),
      at('sending', 1), at('queued', 1, 'network'),
      at('sending', 2), at('queued', 2, 'network'),
      at('sending', 3), at('queued', 3, 'server error'),
      at('sending', 4), at('sent', 4, 'MDJCL-2026-000001'),
    ];
    expect(historySteps(history).map((step) => step.status)).toEqual(['queued', 'sent']);
    expect(historySteps(history)[0]!.at).toBe(0);
  });

  it('keeps a refusal and the saving again after the person corrected it', () => {
    const history = [
      at('queued', 0), at('sending', 1), at('rejected', 1, 'phone'),
      at('queued', 5), at('sending', 6), at('queued', 6, 'network'), at('sending', 7), at('sent', 7, 'MDJCL-2026-000002'),
    ];
    expect(historySteps(history).map((step) => [step.status, step.at / 60_000])).toEqual([
      ['queued', 0], ['rejected', 1], ['queued', 5], ['sent', 7],
    ]);
  });

  it('a request still waiting shows only that it was saved', () => {
    expect(historySteps([at('queued', 0), at('sending', 1), at('queued', 1)]).map((step) => step.status)).toEqual(['queued']);
  });
});
