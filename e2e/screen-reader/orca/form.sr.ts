import { countHeard } from './reader.ts';
import { browseMode, expect, open, pressUntilHeard, test } from './fixtures.ts';
import type { Session } from './session.ts';

/**
 * Orca 43 speaks no required state for a radio button (its format for the role has none), so for a radio group the
 * state is checked where the product controls it: every option of the group is `required` in the page.
 */
async function expectRadiosRequired(sr: Session, name: string) {
  const radios = sr.page.locator(`input[type="radio"][name="${name}"]`);
  expect(await radios.count()).toBeGreaterThan(1);
  expect(await radios.evaluateAll((inputs) => inputs.every((input) => (input as HTMLInputElement).required))).toBe(true);
}

test('the error summary after an empty step: each error heard once, and its link leads to the field', async ({ sr }) => {
  const { reader } = sr;
  await open(sr, '/request/applicant/');
  await pressUntilHeard(sr, '继续', { key: 'b' });
  const summary = await reader.step('Return: send the step empty', () => reader.press('Return'), { until: ['出现了问题', '输入姓名'], quietMs: 3_000 });
  // Once, not also as a list item ("•") after the summary's own reading.
  expect(countHeard(summary, '选择您是以个人还是以法人或其他组织的名义申请')).toBe(1);
  expect(countHeard(summary, '输入姓名')).toBe(1);
  const link = await pressUntilHeard(sr, '输入姓名');
  expect(link).toContain('link');
  const field = await reader.step('Return: follow the link', () => reader.press('Return'), { until: ['姓名', '输入姓名'] });
  expect(field).toMatch(/姓名 entry/);
  expect(field).toContain('required');
  expect(countHeard(field, '输入姓名')).toBe(1);
  // Back to browse mode and up to the summary's title: its tabindex went with the focus, so it is no longer "clickable".
  await browseMode(sr);
  const back = await pressUntilHeard(sr, '出现了问题', { key: 'shift+h', limit: 4 });
  expect(back).not.toContain('clickable');
});

test('the request form from the first field to the check page by keyboard: each label, hint, required state and error heard once', async ({ sr }) => {
  const { reader } = sr;
  await open(sr, '/request/applicant/');
  const h1 = await reader.step('H: the page’s heading', () => reader.press('h'), { until: ['heading level 1'] });
  expect(h1).toContain('申请人信息');
  expect(h1).not.toContain('clickable');

  const applicantType = await pressUntilHeard(sr, 'radio button');
  expect(applicantType).toContain('个人');
  expect(countHeard(applicantType, '您以什么身份申请？')).toBe(1);
  await expectRadiosRequired(sr, 'applicantType');
  await reader.step('Space: choose 个人', () => reader.press('space'), { until: [/selected|checked/] });

  const name = await reader.step('Tab: the name', () => reader.press('Tab'), { until: ['姓名'] });
  expect(name).toMatch(/姓名 entry/);
  expect(countHeard(name, 'required')).toBe(1);
  await reader.step('Typing the name', () => reader.type('Zhang Ming'), { silent: true, quietMs: 1_000 });

  const idType = await reader.step('Tab: the type of document', () => reader.press('Tab'), { until: ['居民身份证'] });
  expect(countHeard(idType, '证件类型')).toBe(1);
  await expectRadiosRequired(sr, 'idType');
  await reader.step('Space: choose 居民身份证', () => reader.press('space'), { until: [/selected|checked/] });

  const idNumber = await reader.step('Tab: the document number', () => reader.press('Tab'), { until: ['证件号码'] });
  expect(countHeard(idNumber, '居民身份证为 18 位')).toBe(1);
  expect(idNumber).toContain('required');
  await reader.step('Typing the number', () => reader.type('11010519491231002X'), { silent: true, quietMs: 1_000 });

  await reader.step('Tab: continue', () => reader.press('Tab'), { until: ['继续'] });
  const details = await reader.step('Return: the next step', () => reader.press('Return'), { until: ['您想获取的信息'], quietMs: 2_500 });
  expect(details).not.toContain('出现了问题');

  const description = await pressUntilHeard(sr, '您想获取哪些政府信息？');
  expect(countHeard(description, '尽量写清文件名称')).toBe(1);
  expect(description).toContain('required');
  const typing = await reader.step('Typing what is wanted', () => reader.type('The list of 2017 accessibility works.'), { silent: true, quietMs: 1_000 });
  // The count is said once typing pauses, not the hint and the count again at every key.
  expect(countHeard(typing, '尽量写清文件名称')).toBe(0);

  const delivery = await reader.step('Tab: how the answer comes', () => reader.press('Tab'), { until: ['电子邮件', 'radio button'] });
  expect(countHeard(delivery, '您想怎样收到答复？')).toBe(1);
  await expectRadiosRequired(sr, 'delivery');
  await reader.step('Space: choose 电子邮件', () => reader.press('space'), { until: [/selected|checked/] });
  const format = await reader.step('Tab: the form of the information', () => reader.press('Tab'), { until: ['纸质'] });
  expect(countHeard(format, '信息的形式')).toBe(1);
  await expectRadiosRequired(sr, 'format');
  await reader.step('Space: choose 纸质', () => reader.press('space'), { until: [/selected|checked/] });
  // The accessible format (issue 13) may be left empty, and a listener is told so, as GOV.UK marks optional fields.
  const accessible = await reader.step('Tab: the accessible format', () => reader.press('Tab'), { until: ['大字版'] });
  expect(countHeard(accessible, '您需要哪种无障碍形式')).toBe(1);
  expect(accessible).toContain('选填');
  expect(accessible).not.toContain('required');
  await reader.step('Tab: continue', () => reader.press('Tab'), { until: ['继续'] });
  await reader.step('Return: the next step', () => reader.press('Return'), { until: ['联系方式'], quietMs: 2_500 });

  const phone = await pressUntilHeard(sr, '联系电话');
  expect(countHeard(phone, '手机号，或者带区号的固定电话')).toBe(1);
  expect(phone).toContain('required');
  await reader.step('Typing the phone number', () => reader.type('13912345678'), { silent: true, quietMs: 1_000 });
  // Asked because the answer is to come by e-mail: required, and its hint says why.
  const email = await reader.step('Tab: the e-mail address', () => reader.press('Tab'), { until: ['电子邮件地址'] });
  expect(countHeard(email, '选择了通过电子邮件收到答复的，必须填写')).toBe(1);
  expect(email).toContain('required');
  await reader.step('Typing a wrong address', () => reader.type('zhang.example.com'), { silent: true, quietMs: 1_000 });
  await reader.step('Tab: continue', () => reader.press('Tab'), { until: ['继续'] });
  const summary = await reader.step('Return: send', () => reader.press('Return'), { until: ['出现了问题', '输入正确的电子邮件地址'], quietMs: 3_000 });
  expect(countHeard(summary, '输入正确的电子邮件地址')).toBe(1);
  await pressUntilHeard(sr, '输入正确的电子邮件地址');
  const wrong = await reader.step('Return: follow the link', () => reader.press('Return'), { until: ['电子邮件地址', 'invalid'] });
  expect(countHeard(wrong, '输入正确的电子邮件地址')).toBe(1);
  await reader.step('Ctrl+A and typing the right address', () => {
    reader.press('ctrl+a');
    reader.type('zhang@example.com');
  }, { silent: true, quietMs: 1_000 });
  await reader.step('Tab: continue', () => reader.press('Tab'), { until: ['继续'] });
  const check = await reader.step('Return: the check page', () => reader.press('Return'), { until: ['核对您的申请'], quietMs: 2_500 });
  expect(check).not.toContain('出现了问题');
});
