import { beforeAll, describe, expect, it } from 'vitest';
import { idNumberProblem, idTypes } from './identity-documents.ts';
import { requestMessages } from './messages.ts';
import { validateRequest } from './schema.ts';
import { loadAllRules, person } from './test-requests.ts';

beforeAll(loadAllRules);

const today = new Date('2026-03-01T00:00:00Z');

describe('identity documents', () => {
  it('offers what people from Hong Kong, Macao, Taiwan and abroad hold, and keeps DESIGN.md’s values', () => {
    expect(idTypes).toEqual(expect.arrayContaining(['resident-id', 'passport', 'other']));
    expect(idTypes).toEqual(
      expect.arrayContaining(['hk-macao-travel-permit', 'taiwan-travel-permit', 'hk-macao-taiwan-residence-permit', 'foreign-permanent-resident-id']),
    );
  });

  it('港澳居民来往内地通行证: H or M, then the 8-digit lifetime number and, on older cards, 2 digits of renewals', () => {
    for (const id of ['H12345678', 'M12345678', 'H1234567800', 'h 1234 5678 01']) expect(idNumberProblem('hk-macao-travel-permit', id), id).toBeUndefined();
    for (const id of ['A12345678', 'H1234567', 'H123456789', '12345678']) {
      expect(idNumberProblem('hk-macao-travel-permit', id), id).toBe('idNumber.hkMacaoPermit');
    }
  });

  it('台湾居民来往大陆通行证: the 8-digit lifetime number', () => {
    expect(idNumberProblem('taiwan-travel-permit', '12345678')).toBeUndefined();
    for (const id of ['1234567', '123456789', 'T1234567']) expect(idNumberProblem('taiwan-travel-permit', id), id).toBe('idNumber.taiwanPermit');
  });

  it('港澳台居民居住证: 810000, 820000 or 830000, a real birth date and the resident ID’s check character', () => {
    for (const id of ['810000199003070015', '830000198512310020', '82000020000229003x']) {
      expect(idNumberProblem('hk-macao-taiwan-residence-permit', id, today), id).toBeUndefined();
    }
    expect(idNumberProblem('hk-macao-taiwan-residence-permit', '11010519491231002X', today)).toBe('idNumber.residencePermit.prefix');
    expect(idNumberProblem('hk-macao-taiwan-residence-permit', '810000199003070016', today)).toBe('idNumber.residencePermit.checksum');
    expect(idNumberProblem('hk-macao-taiwan-residence-permit', '810000199002300015', today)).toBe('idNumber.residencePermit.birthDate');
    expect(idNumberProblem('hk-macao-taiwan-residence-permit', '81000019900307001', today)).toBe('idNumber.residencePermit.length');
  });

  it('外国人永久居留身份证: the 2023 card’s 18 characters starting with 9 and checked like a resident ID; the 2017 card’s 15', () => {
    for (const id of ['915600198001010015', '93440019751115012X', 'USA123456789012']) {
      expect(idNumberProblem('foreign-permanent-resident-id', id), id).toBeUndefined();
    }
    expect(idNumberProblem('foreign-permanent-resident-id', '915600198001010016')).toBe('idNumber.foreignPermanent.checksum');
    expect(idNumberProblem('foreign-permanent-resident-id', '11010519491231002X')).toBe('idNumber.foreignPermanent.format');
    expect(idNumberProblem('foreign-permanent-resident-id', 'US123456789012')).toBe('idNumber.foreignPermanent.format');
  });

  it('a request with one of them is accepted and stored normalised; a wrong one is refused in the person’s language', () => {
    expect(validateRequest({ ...person, idType: 'hk-macao-travel-permit', idNumber: 'h1234 5678', phone: '+852 5123 4567' }, 'zh-Hans')).toMatchObject({
      ok: true,
      value: { idType: 'hk-macao-travel-permit', idNumber: 'H12345678', phone: '+852 5123 4567' },
    });
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const result = validateRequest({ ...person, idType: 'taiwan-travel-permit', idNumber: '1234' }, locale);
      expect(result).toEqual({ ok: false, errors: [{ field: 'idNumber', message: requestMessages[locale]['idNumber.taiwanPermit'] }] });
    }
    expect(requestMessages['zh-Hant']['idNumber.taiwanPermit']).toContain('臺灣居民來往大陸通行證');
  });
});
