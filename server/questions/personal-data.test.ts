import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../../src/requests/rules/resident-id.ts';
import { findPersonalData, redact, type PersonalDataKind } from './personal-data.ts';

const validId = (first17: string) => first17 + residentIdCheckCharacter(first17);
const ID = validId('23100219850412301'); // 牡丹江, born 1985-04-12
const WRONG_CHECK = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');

const kinds = (text: string, given = {}) => findPersonalData(text, given).map((item) => [item.kind, item.found]);

describe('findPersonalData', () => {
  it.each<[string, string, [PersonalDataKind, string][]]>([
    ['a mobile number inside Chinese text', '请打电话13912345678谢谢', [['phone', '13912345678']]],
    ['a mobile number written in groups', '我的号码是 139 1234 5678。', [['phone', '139 1234 5678']]],
    ['a mobile number with +86', '联系 +86 139 1234 5678', [['phone', '+86 139 1234 5678']]],
    ['a mobile number in a range libphonenumber-js does not list yet', '17977001000', [['phone', '17977001000']]],
    ['a mobile number in the 16x range, typed full-width', '号码１６６１２３４５６７８', [['phone', '１６６１２３４５６７８']]],
    ['a landline with its area code, typed full-width', '电话０４５３－６９１２３４５，谢谢', [['phone', '０４５３－６９１２３４５']]],
    ['a Beijing landline', '办公室010-62345678', [['phone', '010-62345678']]],
    ['an 18-character ID number', `身份证${ID}号`, [['residentId', ID]]],
    ['an ID number ending in a small x', '身份证11010519491231002x', [['residentId', '11010519491231002x']]],
    ['a 15-digit ID number of the first generation', '旧身份证231002850412301', [['residentId', '231002850412301']]],
    ['an e-mail address', '请发到 wang.li@example.com。', [['email', 'wang.li@example.com']]],
    ['the name the person gave, each time', '王小明问：王小明的残疾证', [['name', '王小明'], ['name', '王小明']]],
    ['everything at once, in order', `王小明，${ID}，13912345678，a@b.cn`, [['name', '王小明'], ['residentId', ID], ['phone', '13912345678'], ['email', 'a@b.cn']]],
  ])('finds %s', (_, text, expected) => {
    expect(kinds(text, { name: '王小明' })).toEqual(expected);
  });

  it.each([
    ['an ID number with a wrong check character', `号码${WRONG_CHECK}`],
    ['an ID number with a birth date that does not exist', `号码${validId('23100219850231301')}`],
    ['a longer run of digits, such as an account number', `账号${ID}99`],
    ['a year and a count', '2025年共收到123件申请'],
    ['a number too short to be a phone number', '第12345号文件'],
    ['a date written with hyphens, which has a landline’s shape', '请在2026-03-03前办理，2025-12-31以后不再受理'],
  ])('does not find %s', (_, text) => {
    expect(kinds(text, { name: '王小明' })).toEqual([]);
  });

  it('finds the contact the person gave exactly, and positions index the original text', () => {
    const text = '请回复到我的微信 wxid_abc123，谢谢';
    const [found] = findPersonalData(text, { contact: 'wxid_abc123' });
    expect(found).toMatchObject({ kind: 'contact', found: 'wxid_abc123' });
    expect(text.slice(found!.start, found!.end)).toBe('wxid_abc123');
  });

  it('ignores an empty name or contact rather than matching everywhere', () => {
    expect(kinds('您好', { name: '  ', contact: '' })).toEqual([]);
  });
});

describe('redact', () => {
  it.each([
    ['zh-Hans', `王小明的电话13912345678，身份证${ID}`, '［已删除：姓名］的电话［已删除：电话号码］，身份证［已删除：身份证号码］'],
    ['zh-Hant', '電郵 a@b.cn', '電郵 ［已刪除：電子郵件地址］'],
    ['en', 'Call 13912345678 please', 'Call [removed: phone number] please'],
  ] as const)('replaces each piece with a marker in %s', (locale, text, expected) => {
    expect(redact(text, findPersonalData(text, { name: '王小明' }), locale)).toBe(expected);
  });
});

// Common hanzi and Chinese punctuation: no digit, letter or @ that could make or break a number by accident.
const hanzi = fc.string({ unit: fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质。，、：；！？'.split('')) });
const mobile = fc
  .tuple(fc.constantFrom('13', '14', '15', '16', '17', '18', '19'), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99_999_999 }))
  .map(([start, third, rest]) => `${start}${third}${String(rest).padStart(8, '0')}`);
const landline = fc
  .tuple(fc.constantFrom('010', '021', '0451', '0453', '0755'), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([area, first, rest]) => `${area}-${first}${String(rest).padStart(area.length === 3 ? 7 : 6, '0')}`);
const residentId = fc
  .tuple(
    fc.constantFrom('231002', '110105', '440305', '310115'),
    fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([area, born, sequence]) => validId(`${area}${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`));

describe('personal data embedded in random Chinese text (property)', () => {
  it.each([
    ['a mobile number', mobile, 'phone'],
    ['a landline', landline, 'phone'],
    ['a resident ID number', residentId, 'residentId'],
  ] as const)('finds %s, and redacting leaves none', (_, number, kind) => {
    fc.assert(
      fc.property(hanzi, number, hanzi, (before, value, after) => {
        const text = `${before}${value}${after}`;
        const found = findPersonalData(text);
        expect(found).toContainEqual({ kind, start: before.length, end: before.length + value.length, found: value });
        const redacted = redact(text, found);
        expect(findPersonalData(redacted)).toEqual([]);
        expect(redacted).not.toContain(value);
      }),
      { numRuns: 300 },
    );
  });
});
