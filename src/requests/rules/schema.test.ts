import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestMessages } from './messages.ts';
import { loadAllRules, organisation, person } from './test-requests.ts';
import { characterCount, validateFields, validateRequest } from './schema.ts';

beforeAll(loadAllRules);

const errorsOf = (input: unknown, locale: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans') => {
  const result = validateRequest(input, locale);
  return result.ok ? [] : result.errors;
};
const fieldsOf = (input: unknown) => errorsOf(input).map((error) => error.field);
const messageFor = (input: unknown, field: string, locale: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans') =>
  errorsOf(input, locale).find((error) => error.field === field)?.message;

describe('a complete request', () => {
  it('is accepted from a person, as given', () => {
    expect(validateRequest(person, 'en')).toEqual({ ok: true, value: person });
  });

  it('is accepted from an organisation, as given', () => {
    expect(validateRequest(organisation, 'zh-Hans')).toEqual({ ok: true, value: organisation });
  });

  it('takes the language of the page when the body does not say', () => {
    const { locale: _, ...withoutLocale } = person;
    const result = validateRequest(withoutLocale, 'zh-Hant');
    expect(result.ok && result.value.locale).toBe('zh-Hant');
  });

  it('is tidied: spaces trimmed, empty fields dropped, the ID number as printed on the card', () => {
    const result = validateRequest(
      { ...person, name: '  张三 ', idNumber: '110105 19491231 002x', email: '', address: '   ', description: '第一行\r\n第二行\n' },
      'zh-Hans',
    );
    expect(result).toEqual({ ok: true, value: { ...person, idNumber: '11010519491231002X', description: '第一行\n第二行' } });
  });

  it('drops what belongs to the other kind of applicant, which a draft may still hold after the person changed it', () => {
    const result = validateRequest({ ...person, organisationKind: 'business', organisationCode: 'not checked' }, 'zh-Hans');
    expect(result).toEqual({ ok: true, value: person });
    const forOrganisation = validateRequest({ ...organisation, idType: 'resident-id', idNumber: '123' }, 'zh-Hans');
    expect(forOrganisation).toEqual({ ok: true, value: organisation });
  });

  it('reads full-width digits and letters, which Chinese input methods type', () => {
    const result = validateRequest({ ...person, phone: '１３９ １２３４ ５６７８', idNumber: '１１０１０５１９４９１２３１００２Ｘ' }, 'zh-Hans');
    expect(result.ok && [result.value.phone, result.value.idNumber]).toEqual(['139 1234 5678', '11010519491231002X']);
  });
});

describe('what is missing', () => {
  it('lists every required field of an empty form, in the order of the form, with what to do', () => {
    expect(errorsOf({})).toEqual([
      { field: 'applicantType', message: '选择您是以个人还是以法人或其他组织的名义申请' },
      { field: 'name', message: '输入姓名' },
      { field: 'phone', message: '输入联系电话' },
      { field: 'description', message: '描述您想获取的政府信息' },
      { field: 'delivery', message: '选择获取信息的方式' },
      { field: 'format', message: '选择信息的形式：纸质或电子' },
    ]);
  });

  it('treats a body that is not an object as an empty form', () => {
    for (const input of [null, [], 'text', 42, undefined]) expect(fieldsOf(input)).toEqual(fieldsOf({}));
  });

  it('asks a person for the document type and number', () => {
    const { idType: _, idNumber: __, ...rest } = person;
    expect(errorsOf(rest)).toEqual([
      { field: 'idType', message: '选择证件类型' },
      { field: 'idNumber', message: '输入证件号码' },
    ]);
  });

  it('asks an organisation for its kind, name and credit code', () => {
    const { organisationKind: _, organisationCode: __, name: ___, ...rest } = organisation;
    expect(errorsOf(rest)).toEqual([
      { field: 'organisationKind', message: '选择组织的类型' },
      { field: 'name', message: '输入组织的名称' },
      { field: 'organisationCode', message: '输入统一社会信用代码' },
    ]);
  });

  it('needs an email address only when the answer is to come by email, and a postal address only by post', () => {
    expect(errorsOf({ ...person, delivery: 'email' })).toEqual([{ field: 'email', message: '输入电子邮件地址：您选择了通过电子邮件获取信息' }]);
    expect(errorsOf({ ...person, delivery: 'post' })).toEqual([{ field: 'address', message: '输入邮寄地址：您选择了通过邮寄获取信息' }]);
    expect(validateRequest({ ...person, delivery: 'post', address: '牡丹江市东安区某路 1 号' }, 'zh-Hans').ok).toBe(true);
  });

  it('counts a description of spaces as no description', () => {
    expect(fieldsOf({ ...person, description: ' \n\t ' })).toEqual(['description']);
  });
});

describe('what is wrong', () => {
  it('says which part of a resident ID number to check', () => {
    expect(messageFor({ ...person, idNumber: '110105194912310021' }, 'idNumber')).toBe('身份证号码的最后一位不对，请核对');
    expect(messageFor({ ...person, idNumber: '110105194913310024' }, 'idNumber')).toBe('身份证号码中的出生日期不对，请核对');
    expect(messageFor({ ...person, idNumber: '1101051949123100' }, 'idNumber')).toBe('身份证号码应为 18 位，请核对');
    expect(messageFor({ ...person, idNumber: '1101051949123100AB' }, 'idNumber')).toBe('身份证号码只能包含数字，最后一位可以是 X');
  });

  it('checks a passport number’s form and leaves other documents to the staff', () => {
    expect(validateRequest({ ...person, idType: 'passport', idNumber: 'E12345678' }, 'zh-Hans').ok).toBe(true);
    expect(messageFor({ ...person, idType: 'passport', idNumber: 'E1' }, 'idNumber')).toBe('护照号码应为 5 到 20 位字母或数字');
    expect(validateRequest({ ...person, idType: 'other', idNumber: '旧版证件 H1234567' }, 'zh-Hans').ok).toBe(true);
    expect(messageFor({ ...person, idType: 'other', idNumber: 'x'.repeat(31) }, 'idNumber')).toBe('证件号码不能超过 30 个字符');
  });

  it('checks an organisation’s credit code', () => {
    expect(messageFor({ ...organisation, organisationCode: '91350100M000100Y44' }, 'organisationCode')).toBe('统一社会信用代码的最后一位不对，请核对');
    expect(validateRequest({ ...organisation, organisationCode: '91350100 m000100y43' }, 'zh-Hans')).toMatchObject({
      ok: true,
      value: { organisationCode: '91350100M000100Y43' },
    });
  });

  it('takes mobile and landline numbers written as people write them, and nothing else', () => {
    for (const phone of ['13912345678', '139 1234 5678', '139-1234-5678', '+86 139 1234 5678', '0453-6123456', '0453 6123456', '010-87654321']) {
      expect(validateRequest({ ...person, phone }, 'zh-Hans').ok, phone).toBe(true);
    }
    for (const phone of ['12345', '12912345678', '1391234567', '139123456789', '453-6123456', '0453-612345', 'call me', '110']) {
      expect(messageFor({ ...person, phone }, 'phone'), phone).toBe(requestMessages['zh-Hans']['phone.format']);
    }
  });

  it('checks an email address whenever one is given', () => {
    expect(messageFor({ ...person, email: 'name@' }, 'email')).toBe('输入正确的电子邮件地址，如 name@example.com');
    expect(messageFor({ ...person, email: 'name example.com' }, 'email')).toBe('输入正确的电子邮件地址，如 name@example.com');
    expect(validateRequest({ ...person, email: 'ｎａｍｅ＠example.com' }, 'zh-Hans')).toMatchObject({ ok: true, value: { email: 'name@example.com' } });
  });

  it('allows 2000 characters of description, counting each character once, however it is encoded', () => {
    // 𠀀 is one character outside the Basic Multilingual Plane: two UTF-16 code units.
    const rare = '𠀀'.repeat(2000);
    expect(rare.length).toBe(4000);
    expect(characterCount(rare)).toBe(2000);
    expect(validateRequest({ ...person, description: rare }, 'zh-Hans').ok).toBe(true);
    expect(messageFor({ ...person, description: `${rare}字` }, 'description')).toBe('描述不能超过 2000 个字，请删减');
    // A form post sends each line break as CRLF; the phone's counter saw one character.
    const lines = `${'字'.repeat(999)}\r\n${'字'.repeat(1000)}`;
    expect(validateRequest({ ...person, description: lines }, 'zh-Hans').ok).toBe(true);
  });

  it('refuses choices that are not offered', () => {
    expect(errorsOf({ ...person, applicantType: 'robot', delivery: 'fax', format: 'tape', locale: 'fr' })).toEqual([
      { field: 'applicantType', message: '选择您是以个人还是以法人或其他组织的名义申请' },
      { field: 'delivery', message: '选择获取信息的方式' },
      { field: 'format', message: '选择信息的形式：纸质或电子' },
      { field: 'locale', message: '选择语言' },
    ]);
    expect(messageFor({ ...organisation, organisationKind: 'government' }, 'organisationKind')).toBe('选择组织的类型');
  });

  it('refuses values that are not text', () => {
    expect(errorsOf({ ...person, name: 42, phone: ['13912345678'] })).toEqual([
      { field: 'name', message: '输入姓名' },
      { field: 'phone', message: '输入联系电话' },
    ]);
  });

  it('refuses unknown fields, after the known ones, naming each', () => {
    expect(errorsOf({ ...person, colour: 'red', isAdmin: true, ['__proto__']: {} })).toEqual([
      { field: 'colour', message: '无法识别这一项，请删除后再提交' },
      { field: 'isAdmin', message: '无法识别这一项，请删除后再提交' },
      { field: '__proto__', message: '无法识别这一项，请删除后再提交' },
    ]);
    const parsed = JSON.parse('{"__proto__": {"admin": true}}') as unknown;
    expect(fieldsOf({ ...person, ...(parsed as object) })).toEqual(['__proto__']);
  });

  it('reports every problem at once, so the person can fix them in one go', () => {
    expect(fieldsOf({ applicantType: 'person', idType: 'resident-id', idNumber: '110105194912310021', phone: 'x', delivery: 'email' })).toEqual([
      'name',
      'idNumber',
      'phone',
      'email',
      'description',
      'format',
    ]);
  });
});

describe('messages in the person’s language', () => {
  it('answers in simplified Chinese, traditional Chinese or English', () => {
    const input = { ...person, idNumber: '110105194912310021', phone: '' };
    expect(errorsOf(input, 'zh-Hant')).toEqual([
      { field: 'idNumber', message: '身份證號碼的最後一位不對，請核對' },
      { field: 'phone', message: '輸入聯繫電話' },
    ]);
    expect(errorsOf(input, 'en')).toEqual([
      { field: 'idNumber', message: 'The last character of the resident ID number is not right: check it' },
      { field: 'phone', message: 'Enter a phone number' },
    ]);
  });

  it('has every message in every language, traditional text in traditional characters and English without Chinese', () => {
    const keys = Object.keys(requestMessages['zh-Hans']).sort();
    // Simplified forms of characters these messages use; none may appear in the traditional text.
    const simplifiedOnly = /[个请输选择证号码为对时电话邮组织称类获纸质应数写们过后删识别确联带区项无统会号长护达这]/u;
    for (const locale of ['zh-Hant', 'en'] as const) {
      expect(Object.keys(requestMessages[locale]).sort(), locale).toEqual(keys);
    }
    for (const [key, text] of Object.entries(requestMessages['zh-Hant'])) expect(text, key).not.toMatch(simplifiedOnly);
    for (const [key, text] of Object.entries(requestMessages.en)) expect(text, key).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('one step of the form', () => {
  it('reports only the fields of that step', () => {
    const who = ['applicantType', 'organisationKind', 'name', 'idType', 'idNumber', 'organisationCode'] as const;
    const contact = ['phone', 'email', 'address'] as const;
    const what = ['description', 'delivery', 'format'] as const;
    expect(validateFields({}, who, 'zh-Hans').map((error) => error.field)).toEqual(['applicantType', 'name']);
    expect(validateFields({ applicantType: 'person', name: '张三' }, who, 'zh-Hans').map((error) => error.field)).toEqual(['idType', 'idNumber']);
    expect(validateFields({ ...person, phone: '123' }, contact, 'en')).toEqual([
      { field: 'phone', message: requestMessages.en['phone.format'] },
    ]);
    expect(validateFields(person, what, 'zh-Hans')).toEqual([]);
  });

  it('asks for an email address once the person chooses email delivery', () => {
    // The contact step comes before the delivery choice: there an email address is still optional.
    const draft = { applicantType: 'person', phone: '13912345678' };
    expect(validateFields(draft, ['phone', 'email', 'address'], 'zh-Hans')).toEqual([]);
    expect(validateFields({ ...draft, delivery: 'email' }, ['phone', 'email', 'address'], 'zh-Hans').map((error) => error.field)).toEqual(['email']);
  });
});

describe('the module that ships to phones', () => {
  it('imports only valibot and its own small modules: never the holiday data or anything of the server', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      // The traditional-Chinese messages are the simplified ones converted at build time: the same file.
      const source = readFileSync(new URL(file.replace(/\?zh-Hant$/, ''), import.meta.url), 'utf8');
      for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
        if (specifier!.startsWith('./')) visit(specifier!);
        else packages.add(specifier!);
      }
    };
    visit('./schema.ts');
    expect([...packages]).toEqual(['valibot']);
    expect([...seen].sort()).toEqual([
      './characters.ts', './credit-code.ts', './fields.ts', './identity-documents.ts', './messages.ts', './phone.ts', './resident-id.ts', './schema.ts',
    ]);
    // libphonenumber-js and each language's messages are imported dynamically only (phone.ts, messages.ts), so they
    // are not in the form's first download, and a page loads its own language's messages only.
  });
});
