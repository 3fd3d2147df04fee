import { describe, expect, it } from 'vitest';
import type { OutboxRecord, QuestionStatus } from '../outbox/index.ts';
import { questionChange, questionView, questionWords } from './question-view.ts';

/** A question sent from the phone, as the outbox keeps it after its 201 (src/requests/outbox/sender.ts). */
function sentQuestion(kind: 'question' | 'suggestion' = 'question'): OutboxRecord {
  return {
    id: '6f1c1c8e-8a55-4c47-9a40-3c1f5a7d9b01',
    kind: 'question',
    status: 'sent',
    body: { topic: 'guide', kind, text: '残疾人免费乘车证丢了，补办要带什么？', answerBy: 'phone', locale: 'zh-Hans' },
    attempts: 1,
    nextAttemptAt: 0,
    leaseUntil: 0,
    lastError: null,
    fieldErrors: [],
    receipt: {
      reference: 'MDJCLZX-2026-000012',
      receivedAt: '2026-03-02T16:30:00.000Z',
      dueDate: '2026-03-09',
      dueDateProvisional: false,
      statusToken: 'token',
    },
    summary: { description: '残疾人免费乘车证丢了，补办要带什么？', truncated: false, date: 0 },
    history: [],
    step: 'check',
    createdAt: 0,
    queuedAt: 0,
    updatedAt: 0,
    sentAt: 0,
  };
}

const received: QuestionStatus = {
  reference: 'MDJCLZX-2026-000012',
  status: 'received',
  receivedAt: '2026-03-02T16:30:00.000Z',
  dueDate: '2026-03-09',
  dueDateProvisional: false,
};
const answered: QuestionStatus = {
  ...received,
  status: 'answered',
  answer: { answeredAt: '2026-03-05T02:00:00.000Z', text: '请带身份证和一张照片到区残联办理。' },
};
const converted: QuestionStatus = {
  ...received,
  status: 'converted',
  answer: { answeredAt: '2026-03-04T02:00:00.000Z', text: '您要的信息需要按政府信息公开申请办理。' },
  convertedTo: { reference: 'MDJCL-2026-000031', receivedAt: '2026-03-03T17:00:00.000Z', dueDate: '2026-03-25' },
};

const zhHans = questionWords['zh-Hans'];
const zhHant = questionWords['zh-Hant'];
const en = questionWords.en;

describe('questionView: a question on "我的申请", in the three languages', () => {
  it('marks it 咨询 or 建议 in its title, with its reference, received date (China) and due date', () => {
    expect(questionView(sentQuestion(), undefined, zhHans, '')).toEqual({
      title: '咨询：残疾人免费乘车证丢了，补办要带什么？',
      rows: [
        ['留言编号', 'MDJCLZX-2026-000012'],
        ['收到日期', '2026-03-03'],
        ['答复期限', '2026-03-09'],
      ],
    });
    expect(questionView(sentQuestion('suggestion'), undefined, zhHans, '').title).toBe('建议：残疾人免费乘车证丢了，补办要带什么？');
    // The mark is in the page's language; the text stays as the person wrote it.
    expect(questionView(sentQuestion('suggestion'), undefined, zhHant, '').title).toBe('建議：残疾人免费乘车证丢了，补办要带什么？');
    const english = questionView(sentQuestion(), undefined, en, '');
    expect(english.title).toBe('Question: 残疾人免费乘车证丢了，补办要带什么？');
    expect(english.rows.map(([term]) => term)).toEqual(['Reference', 'Date received', 'Answer due by']);
  });

  it('a question not yet sent has its title and no reference', () => {
    const queued = { ...sentQuestion(), status: 'queued' as const, receipt: null };
    expect(questionView(queued, undefined, zhHant, '')).toEqual({ title: '諮詢：残疾人免费乘车证丢了，补办要带什么？', rows: [] });
  });

  it('says it was received, and the status’s due date wins over the receipt’s, provisional said after it', () => {
    const view = questionView(sentQuestion(), { ...received, dueDate: '2027-01-08', dueDateProvisional: true }, zhHans, '（暂定）');
    expect(view.state).toBe('已收到，正在答复');
    expect(view.rows[2]).toEqual(['答复期限', '2027-01-08（暂定）']);
    expect(questionView(sentQuestion(), received, zhHant, '').state).toBe('已收到，正在答覆');
    expect(questionView(sentQuestion(), received, en, '').state).toBe('Received. An answer is being written');
  });

  it('shows staff’s answer with its date once answered', () => {
    expect(questionView(sentQuestion(), answered, zhHans, '')).toMatchObject({
      state: '已答复',
      answer: { on: '2026-03-05', text: '请带身份证和一张照片到区残联办理。' },
    });
    expect(questionView(sentQuestion(), answered, zhHant, '').state).toBe('已答覆');
    expect(questionView(sentQuestion(), answered, en, '')).toMatchObject({ state: 'Answered', answer: { on: '2026-03-05' } });
    expect(questionView(sentQuestion(), answered, en, '').converted).toBeUndefined();
  });

  it('once converted: now a disclosure request whose clock started that day, with its reference and due date', () => {
    const view = questionView(sentQuestion(), converted, zhHans, '');
    expect(view.state).toBe('已转为政府信息公开申请');
    expect(view.answer?.text).toBe('您要的信息需要按政府信息公开申请办理。');
    // Made at 01:00 on 4 March in Beijing (17:00 UTC the day before): its clock started on the 4th.
    expect(view.converted).toEqual({
      text: '您的来信已作为政府信息公开申请办理，答复期限从 2026-03-04 起计算。',
      rows: [
        ['申请的受理编号', 'MDJCL-2026-000031'],
        ['申请的答复期限', '2026-03-25'],
      ],
    });
    expect(questionView(sentQuestion(), converted, zhHant, '').converted).toEqual({
      text: '您的來信已作為政府信息公開申請辦理，答覆期限從 2026-03-04 起計算。',
      rows: [
        ['申請的受理編號', 'MDJCL-2026-000031'],
        ['申請的答覆期限', '2026-03-25'],
      ],
    });
    expect(questionView(sentQuestion(), converted, en, '').converted).toEqual({
      text: 'What you wrote is now handled as a request for government information. The time for the reply started on 2026-03-04.',
      rows: [
        ['Request reference number', 'MDJCL-2026-000031'],
        ['Reply due by', '2026-03-25'],
      ],
    });
  });
});

describe('questionChange: what is announced when the phone reads the status again', () => {
  it('nothing for a first "received" or an unchanged status; the new state otherwise', () => {
    expect(questionChange(undefined, received, zhHans)).toBeUndefined();
    expect(questionChange(answered, answered, zhHans)).toBeUndefined();
    expect(questionChange(received, answered, zhHans)).toBe('有更新：已答复');
    expect(questionChange(undefined, answered, zhHant)).toBe('有更新：已答覆');
    expect(questionChange(answered, converted, en)).toBe('Updated: Now a request for government information');
  });
});
