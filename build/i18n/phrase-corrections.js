/**
 * The reviewed phrase-correction list: where opencc-js (simplified → Taiwan-standard traditional) picks the wrong
 * one of several traditional characters for one simplified character (发 → 髮 "hair" for 發 "issue", 干 → 幹 for 乾,
 * 后 → 后 "empress" for 後, 面 → 麵 "noodles" for 面, 只 → 隻, 准 → 準, 系 → 系 for 係, 制 → 制 for 製, 复 → 復 for 覆…).
 * Each entry is [what opencc-js writes, what it should be], found by converting the phrase and reading the result;
 * an entry whose two sides are equal protects a correct longer phrase from a shorter correction.
 *
 * Plain JavaScript because server/traditional-hooks.js runs it before tsx is loaded; its types are in
 * phrase-corrections.d.ts. Add a phrase here, with its source phrase in phrase-corrections.test.ts, whenever a
 * reader or reviewer finds a wrong form.
 *
 * @type {ReadonlyArray<readonly [wrong: string, right: string]>}
 */
export const phraseCorrections = [
  // 发: "被发放 / 被发给 / 被发布 / 被发送 …" (passive 被 + 發) read as 被髮 "with hair let down".
  ['被髮', '被發'],
  // 发: "资金发放" read as 金髮 "blond hair"; "换发证件" read as 換髮.
  ['金髮放', '金發放'],
  ['金髮給', '金發給'],
  ['金髮還', '金發還'],
  ['換髮型', '換髮型'],
  ['換髮', '換發'],
  // 干: "皮肤干" (dry skin) read as 幹.
  ['皮膚幹細胞', '皮膚幹細胞'],
  ['皮膚幹', '皮膚乾'],
  // 后 and 里: "提交后里面" read as the place name 后里 (Taichung).
  ['后里面', '後裡面'],
  // 里: "系统里程序" read as 里程 "mileage".
  ['里程序', '裡程序'],
  // 面: "下面条款", "符合下面条件", "这里面包括" read as 麵條 "noodles", 麵包 "bread".
  ['麵條款', '面條款'],
  ['麵條件', '面條件'],
  ['麵條例', '面條例'],
  ['裡麵包括', '裡面包括'],
  ['裡麵包含', '裡面包含'],
  // 只: "统一只能", "唯一只能" read as 一隻 "one (animal)"; "一只只" half converted.
  ['統一隻能', '統一只能'],
  ['唯一隻能', '唯一只能'],
  ['一隻只', '一隻隻'],
  // 准: "不准" (not allowed) read as 不準 (inaccurate); "准生证" (a permit) read as 準.
  ['不準確', '不準確'],
  ['不準時', '不準時'],
  ['不準備', '不準備'],
  ['不準點', '不準點'],
  ['說不準', '說不準'],
  ['拿不準', '拿不準'],
  ['看不準', '看不準'],
  ['對不準', '對不準'],
  ['吃不準', '吃不準'],
  ['不準', '不准'],
  ['準生證', '准生證'],
  // 系: "证明系本人" (is, 係) left as 系 "department".
  ['系本人', '係本人'],
  // 制: "制证中心", "证件制卡" (making cards, 製) left as 制 "system"; not 制證 alone, which 机制证明 also holds.
  ['制證中心', '製證中心'],
  ['證件制卡', '證件製卡'],
  // 复: "签复" (a signed reply, 簽覆) read as 籤 "lot" + 復 "again".
  ['籤復', '簽覆'],
];

// Longest first, so a longer phrase (a protected one among them) wins over a shorter one at the same place.
const ordered = [...phraseCorrections].sort(([a], [b]) => b.length - a.length);
const byWrong = new Map(ordered);
const pattern = new RegExp(ordered.map(([wrong]) => wrong).join('|'), 'gu');

/**
 * Text converted by opencc-js, with the reviewed corrections applied. Each correction keeps the length of the
 * text (one character for one), which the pinyin ruby (build/pinyin/ruby.ts) relies on.
 *
 * @param {string} converted traditional-Chinese text as opencc-js wrote it
 * @returns {string}
 */
export function correctPhrases(converted) {
  return converted.replace(pattern, (wrong) => byWrong.get(wrong) ?? wrong);
}
