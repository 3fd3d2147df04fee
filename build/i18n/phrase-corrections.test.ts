import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { correctPhrases, phraseCorrections } from './phrase-corrections.js';
import { toTraditional, toTraditionalModule } from './traditional.ts';

const openccAlone = Converter({ from: 'cn', to: 'tw' });

/**
 * [simplified, what opencc-js alone writes (checked by converting it), what a reader expects]. The middle column
 * is the converter's known error that the correction list exists for; `null` where opencc-js is already right and
 * the row only keeps it right (a correction must not spoil it).
 */
const phrases: Array<[string, string | null, string]> = [
  // 发 / 髮 / 發
  ['补贴被发放到账户', '補貼被髮放到賬戶', '補貼被發放到賬戶'],
  ['证书被发给申请人', '證書被髮給申請人', '證書被發給申請人'],
  ['通知已被发布', '通知已被髮布', '通知已被發布'],
  ['短信被发送', '短信被髮送', '短信被發送'],
  ['补贴资金发放后', '補貼資金髮放後', '補貼資金發放後'],
  ['残疾人证换发', '殘疾人證換髮', '殘疾人證換發'],
  ['换发型', null, '換髮型'],
  ['头发', null, '頭髮'],
  ['理发', null, '理髮'],
  // 干 / 乾 / 幹
  ['皮肤干', '皮膚幹', '皮膚乾'],
  ['干部', null, '幹部'],
  ['干净', null, '乾淨'],
  ['干预', null, '干預'],
  // 后 / 後, 里 / 裡 / 裏
  ['提交后里面的信息', '提交后里面的信息', '提交後裡面的信息'],
  ['在系统里程序会提示', '在系統里程序會提示', '在系統裡程序會提示'],
  ['皇后', null, '皇后'],
  ['以后', null, '以後'],
  ['公里', null, '公里'],
  ['这里', null, '這裡'],
  // 面 / 麵
  ['下面条款', '下麵條款', '下面條款'],
  ['符合下面条件', '符合下麵條件', '符合下面條件'],
  ['下面条例', '下麵條例', '下面條例'],
  ['这里面包括', '這裡麵包括', '這裡面包括'],
  ['面条', null, '麵條'],
  ['面积', null, '面積'],
  // 只 / 隻
  ['统一只能线上办理', '統一隻能線上辦理', '統一只能線上辦理'],
  ['唯一只能', '唯一隻能', '唯一只能'],
  ['一只只', '一隻只', '一隻隻'],
  ['一只', null, '一隻'],
  ['只有', null, '只有'],
  // 准 / 準
  ['不准入内', '不準入內', '不准入內'],
  ['不准发放', '不準發放', '不准發放'],
  ['准生证', '準生證', '准生證'],
  ['不准确', null, '不準確'],
  ['说不准', null, '說不準'],
  ['标准', null, '標準'],
  // 系 / 係 / 繫
  ['证明系本人', '證明系本人', '證明係本人'],
  ['联系', null, '聯繫'],
  ['关系', null, '關係'],
  ['系统', null, '系統'],
  // 制 / 製
  ['制证中心', '制證中心', '製證中心'],
  ['证件制卡', '證件制卡', '證件製卡'],
  ['机制证明', null, '機制證明'],
  ['控制卡', null, '控制卡'],
  ['制度', null, '制度'],
  ['制作', null, '製作'],
  // 台 / 臺 / 檯: no wrong output found among the phrases tried; these keep the right ones right.
  ['台风', null, '颱風'],
  ['平台风险', null, '平臺風險'],
  ['柜台', null, '櫃檯'],
  ['台州', null, '台州'],
  // 复 / 復 / 複 / 覆
  ['签复', '籤復', '簽覆'],
  ['答复', null, '答覆'],
  ['康复', null, '康復'],
  ['复印件', null, '複印件'],
];

describe('the traditional-Chinese conversion with the reviewed phrase corrections', () => {
  it.each(phrases)('converts %s', (simplified, openccWrites, expected) => {
    if (openccWrites !== null) expect(openccAlone(simplified), 'the converter error this row is for').toBe(openccWrites);
    expect(toTraditional(simplified)).toBe(expected);
  });

  it('corrects phrases inside a module the server or the build converts', () => {
    expect(toTraditionalModule("export const m = { lang: 'zh-Hans', note: '补贴被发放到账户' };")).toBe(
      "export const m = { lang: 'zh-Hant', note: '補貼被發放到賬戶' };",
    );
  });

  it('keeps the length of the text, which the pinyin ruby aligns by', () => {
    for (const [wrong, right] of phraseCorrections) expect([...right].length, wrong).toBe([...wrong].length);
  });

  it('leaves text already right unchanged', () => {
    expect(correctPhrases('殘疾人聯合會發放補貼')).toBe('殘疾人聯合會發放補貼');
  });
});
