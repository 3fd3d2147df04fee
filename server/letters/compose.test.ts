import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../build/i18n/traditional.ts';
import { outcomes } from '../../src/requests/rules/outcomes.ts';
import { requestLocales } from '../../src/requests/rules/schema.ts';
import { outcomeText } from '../requests/outcome-text.ts';
import { composeLetter, type LetterSource } from './compose.ts';
import { namesRemedies } from './issue.ts';

const convert = async () => toTraditional;

const base: LetterSource = {
  kind: 'reply',
  locale: 'zh-Hans',
  sender: '牡丹江市残疾人联合会',
  number: '残联公复〔2026〕12号',
  issuedOn: '2026-10-09',
  receivedOn: '2026-09-14',
  applicant: '张三',
  reference: 'MDJCL-2026-000001',
  description: '2017 年残疾人就业保障金的征收和使用情况',
};
const remedies = { reviewBody: '测试市人民政府', court: '测试市中级人民法院' };

describe('letter texts', () => {
  it('writes the 补正 notice with what is missing and Art. 30’s consequences, and no remedies', async () => {
    const letter = await composeLetter({ ...base, kind: 'completion', completionNote: '请写明年份。' }, convert);
    expect(letter.subject).toBe('政府信息公开申请补正告知书（残联公复〔2026〕12号）');
    expect(letter.text).toBe(
      [
        '牡丹江市残疾人联合会',
        '政府信息公开申请补正告知书',
        '残联公复〔2026〕12号',
        '',
        '张三：',
        '本机关于2026年9月14日收到您提出的政府信息公开申请（申请编号：MDJCL-2026-000001），您申请获取的信息是：“2017 年残疾人就业保障金的征收和使用情况”。',
        '您的申请内容不够明确，本机关暂时无法办理。请补正以下事项：',
        '请写明年份。',
        '根据《中华人民共和国政府信息公开条例》第三十条，答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请。',
        '',
        '牡丹江市残疾人联合会',
        '2026年10月9日',
      ].join('\n'),
    );
  });

  it('writes a refusal with its decision, reason, legal basis and both remedies before the configured bodies', async () => {
    const letter = await composeLetter(
      {
        ...base,
        outcomeText: (await outcomeText('withheld/third-party', 'zh-Hans'))!,
        replyText: '您申请的名单含有他人的个人信息。',
        refusalReason: '涉及他人隐私',
        legalBasis: '《中华人民共和国政府信息公开条例》第十五条',
        remedies,
      },
      convert,
    );
    expect(letter.text.split('\n').slice(6)).toEqual([
      '经审查，本机关答复如下：不能公开：公开这些信息会损害其他人或者单位的合法权益。',
      '您申请的名单含有他人的个人信息。',
      '理由：涉及他人隐私',
      '依据：《中华人民共和国政府信息公开条例》第十五条',
      '',
      '您可以怎样寻求救济',
      '如您对本答复不服，可以自收到本答复书之日起六十日内向测试市人民政府申请行政复议，也可以自收到本答复书之日起六个月内向测试市中级人民法院提起行政诉讼。',
      '',
      '牡丹江市残疾人联合会',
      '2026年10月9日',
    ]);
  });

  it('writes a full disclosure in English with no remedy paragraph', async () => {
    const letter = await composeLetter(
      { ...base, locale: 'en', outcomeText: (await outcomeText('disclosed', 'en'))!, replyText: 'The figures are attached.' },
      convert,
    );
    expect(letter.subject).toBe('Reply to your request for government information (残联公复〔2026〕12号)');
    expect(letter.text.split('\n').slice(4)).toEqual([
      'Dear 张三,',
      'On 14 September 2026 we received your request for government information (reference MDJCL-2026-000001). You asked for: “2017 年残疾人就业保障金的征收和使用情况”.',
      'Our decision: We have given you the information you asked for.',
      'The figures are attached.',
      '',
      '牡丹江市残疾人联合会',
      '9 October 2026',
    ]);
    expect(letter.html).not.toContain('letter__remedies');
  });

  it('converts the letter’s own words to traditional characters but never the names and text people typed', async () => {
    const letter = await composeLetter({ ...base, locale: 'zh-Hant', kind: 'extension', extensionReason: '需要调取档案', dueDate: '2026-11-13', applicant: '张发' }, convert);
    expect(letter.body.title).toBe('政府信息公開申請延期答覆告知書');
    expect(letter.body.addressee).toBe('张发：');
    expect(letter.body.paragraphs[1]).toBe('因需要调取档案，本機關不能在規定期限內答覆您的申請。');
    expect(letter.html).toContain('lang="zh-Hant"');
  });

  it('escapes what people typed in the HTML', async () => {
    const letter = await composeLetter({ ...base, kind: 'completion', completionNote: '<script>alert(1)</script>' }, convert);
    expect(letter.html).not.toContain('<script>');
    expect(letter.html).toContain('&#60;script&#62;');
  });

  describe.each(requestLocales)('every outcome in %s', (locale) => {
    it.each(outcomes)('%s: the decision, and the remedies unless fully disclosed', async (outcome) => {
      const refusal = !['disclosed', 'partly-disclosed'].includes(outcome);
      const letter = await composeLetter(
        {
          ...base,
          locale,
          outcomeText: (await outcomeText(outcome, locale))!,
          replyText: '答复内容',
          ...(refusal && { refusalReason: '理由内容', legalBasis: '依据内容' }),
          ...(namesRemedies(outcome) && { remedies }),
        },
        convert,
      );
      expect(letter.text).toContain((await outcomeText(outcome, locale))!);
      if (refusal) expect(letter.text).toMatch(/理由内容[\s\S]*依据内容/);
      const remedy = /六十日|60|sixty/;
      if (outcome === 'disclosed') expect(letter.text).not.toMatch(remedy);
      else {
        expect(letter.body.remedies?.text).toMatch(remedy);
        expect(letter.body.remedies?.text).toContain('测试市人民政府');
        expect(letter.body.remedies?.text).toContain('测试市中级人民法院');
      }
    });
  });
});
