import { beforeAll, describe, expect, it } from 'vitest';
import { parsePhone, phoneE164 } from './phone.ts';
import { requestMessages } from './messages.ts';
import { validateRequest } from './schema.ts';
import { loadAllRules, person } from './test-requests.ts';

beforeAll(loadAllRules);

const stored = (text: string) => {
  const parts = parsePhone(text);
  return parts && phoneE164(parts);
};

describe('phone numbers (libphonenumber-js, mainland by default)', () => {
  it('takes numbers from Hong Kong, Taiwan, Macao and abroad with their + code', () => {
    expect(stored('+852 5123 4567')).toBe('+85251234567');
    expect(stored('+886 912 345 678')).toBe('+886912345678');
    expect(stored('+853 6612 3456')).toBe('+85366123456');
    expect(stored('+44 20 7946 0018')).toBe('+442079460018');
  });

  it('takes mainland landlines with the area code in brackets, and extensions after 转, 分机, ext. or #', () => {
    expect(stored('(0453)6912345')).toBe('+864536912345');
    expect(stored('0453-6912345转801')).toBe('+864536912345;ext=801');
    expect(stored('0453-6912345 分机 801')).toBe('+864536912345;ext=801');
    expect(stored('0453-6912345 ext. 801')).toBe('+864536912345;ext=801');
    expect(stored('0453-6912345#801')).toBe('+864536912345;ext=801');
    expect(stored('+86 139 1234 5678')).toBe('+8613912345678');
  });

  it('holds mainland numbers to the mainland plan: wrong lengths and prefixes are refused', () => {
    for (const text of ['12345', '12912345678', '1391234567', '139123456789', '0453-612345', '021-1234567', '453-6912345', 'call me', '110', '+852 1234 567']) {
      expect(parsePhone(text), text).toBeUndefined();
    }
  });

  it('is the rule of the whole request: the number is kept as typed, full-width digits made half-width', () => {
    for (const phone of ['+852 5123 4567', '+886 912 345 678', '+44 20 7946 0018', '(0453)6912345', '0453-6912345转801', '（0453）6912345']) {
      expect(validateRequest({ ...person, phone }, 'zh-Hans').ok, phone).toBe(true);
    }
    expect(validateRequest({ ...person, phone: '０４５３-６９１２３４５转８０１' }, 'zh-Hans')).toMatchObject({ ok: true, value: { phone: '0453-6912345转801' } });
    const refused = validateRequest({ ...person, phone: '+852 1234' }, 'en');
    expect(refused).toEqual({ ok: false, errors: [{ field: 'phone', message: requestMessages.en['phone.format'] }] });
  });
});
