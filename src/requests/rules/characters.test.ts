import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllRules, person } from './test-requests.ts';
import { isStorableText } from './characters.ts';
import { validateRequest } from './schema.ts';

beforeAll(loadAllRules);

describe('isStorableText', () => {
  it.each(['a\u0000b', 'a\u0001', '\u001f', 'a\ud800', '\udc00b', 'x\ud83d'])('refuses %j', (text) => {
    expect(isStorableText(text)).toBe(false);
    expect(isStorableText(text, true)).toBe(false);
  });
  it('keeps tab, CR and LF for text of several lines only', () => {
    expect(isStorableText('a\tb\r\nc', true)).toBe(true);
    expect(isStorableText('a\nb')).toBe(false);
  });
  it('keeps characters outside the BMP, whose surrogates come in pairs', () => {
    expect(isStorableText('𠀀😀 张三', false)).toBe(true);
  });
});

describe('the request rules and characters that cannot be stored', () => {
  it.each([
    ['zh-Hans', '这一项含有无法保存的字符'],
    ['zh-Hant', '這一項含有無法保存的字符'],
    ['en', 'This answer contains a character that cannot be stored'],
  ] as const)('name each field holding one, in %s', (locale, message) => {
    const result = validateRequest({ ...person, name: 'a\u0000b', description: 'x\ud800', phone: '139\u000012345678' }, locale);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.field)).toEqual(['name', 'phone', 'description']);
    for (const error of errors) expect(error.message).toContain(message);
  });

  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'])('refuses %s as a choice without throwing', (word) => {
    // organisationKind is dropped for a person, so it is not among them.
    for (const field of ['applicantType', 'idType', 'delivery', 'format', 'locale']) {
      const result = validateRequest({ ...person, [field]: word }, 'en');
      expect(result.ok, field).toBe(false);
    }
  });
});
