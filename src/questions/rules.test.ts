import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionRules, validateQuestion } from './rules.ts';

const valid = { topic: 'guide', kind: 'question', page: '/guides/bus-pass/', text: '残疾人乘公交车免费吗？', answerBy: 'phone' };

beforeAll(() => Promise.all([loadQuestionRules('zh-Hans'), loadQuestionRules('zh-Hant'), loadQuestionRules('en')]));

describe('validateQuestion', () => {
  it('accepts a question to read on the phone, with no name or contact, in the language it came in', () => {
    expect(validateQuestion(valid, 'en')).toEqual({ ok: true, value: { ...valid, locale: 'en' } });
  });

  it('asks for every required field, in the order of the form, in the person language', () => {
    expect(validateQuestion({}, 'zh-Hans')).toEqual({
      ok: false,
      errors: [
        { field: 'topic', message: '选择您的问题或建议是关于什么的' },
        { field: 'kind', message: '选择您是要提问还是提建议' },
        { field: 'text', message: '输入您的问题或建议' },
        { field: 'answerBy', message: '选择您希望如何收到答复' },
      ],
    });
    const traditional = validateQuestion({ ...valid, text: '' }, 'zh-Hant');
    expect(traditional).toEqual({ ok: false, errors: [{ field: 'text', message: '輸入您的問題或建議' }] });
  });

  it.each([
    ['an e-mail answer without an address', { answerBy: 'email' }, 'contact', 'Enter an email address: you chose to receive the answer by email'],
    ['an e-mail answer to a phone number', { answerBy: 'email', contact: '13912345678' }, 'contact', 'Enter an email address in the correct format, like name@example.com'],
    ['a contact that is neither', { contact: 'call me' }, 'contact', 'Enter an email address or a phone number, like name@example.com or 13912345678'],
    ['a page on another site', { page: '//evil.example/x' }, 'page', 'The page you asked from is not recognised: ask from a page of this site'],
    ['a page with a scheme', { page: 'https://evil.example/' }, 'page', 'The page you asked from is not recognised: ask from a page of this site'],
    ['the staff console as the page', { page: '/staff/requests/' }, 'page', 'The page you asked from is not recognised: ask from a page of this site'],
    ['a text over 2,000 characters', { text: '问'.repeat(2001) }, 'text', 'Question or suggestion must be 2,000 characters or fewer'],
    ['an unknown topic', { topic: 'fees' }, 'topic', 'Select what your question or suggestion is about'],
    ['a field the form does not have', { idNumber: '1' }, 'idNumber', 'This item is not recognised: remove it and send again'],
  ])('refuses %s', (_, change, field, message) => {
    expect(validateQuestion({ ...valid, ...change }, 'en')).toEqual({ ok: false, errors: [{ field, message }] });
  });

  it('takes a full-width e-mail address for an e-mail answer, and a phone number as a contact', () => {
    expect(validateQuestion({ ...valid, answerBy: 'email', contact: 'ａ＠ｂ.cn' }, 'en')).toMatchObject({ ok: true, value: { contact: 'a@b.cn' } });
    expect(validateQuestion({ ...valid, contact: '0453-6912345' }, 'en')).toMatchObject({ ok: true });
  });
});
