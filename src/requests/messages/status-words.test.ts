import { describe, expect, it } from 'vitest';
import { enRequests } from './en.ts';
import { statusWords } from './status-words.ts';
import { zhHansRequests } from './zh-Hans.ts';

describe('a record’s state in words', () => {
  const zh = statusWords(zhHansRequests.requests.status);
  const en = statusWords(enRequests.requests.status);
  const sent = (kind: 'request' | 'question' | undefined, reference: string) => ({ status: 'sent' as const, kind, receipt: { reference } });

  it('names a sent question’s reference as its form does (留言编号), and a request’s as 受理编号', () => {
    expect(zh(sent('question', 'MDJCLZX-2026-000007'))).toBe('已发送，留言编号 MDJCLZX-2026-000007');
    expect(zh(sent('request', 'MDJCL-2026-000123'))).toBe('已发送，受理编号 MDJCL-2026-000123');
    // Records from before questions carry no kind: they are requests.
    expect(zh(sent(undefined, 'MDJCL-2026-000123'))).toBe('已发送，受理编号 MDJCL-2026-000123');
    expect(en(sent('question', 'MDJCLZX-2026-000007'))).toBe('Sent. Message reference MDJCLZX-2026-000007');
  });

  it('says queued, sending and refused the same way for both', () => {
    for (const kind of ['request', 'question'] as const) {
      expect(zh({ status: 'queued', kind })).toBe('已保存，联网后自动发送');
      expect(zh({ status: 'sending', kind })).toBe('正在发送');
      expect(zh({ status: 'rejected', kind })).toBe('没有受理：需要修改后重新发送');
    }
  });
});
