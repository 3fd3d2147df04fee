import { staffQuestionsHref } from '../../../src/addresses/addresses.ts';
import { countHeard } from './reader.ts';
import { expect, open, pressUntilHeard, staffSession, test } from './fixtures.ts';
import type { Session } from './session.ts';

/** A question's reference as the page shows it: site's `mailbox.referencePrefix`, the year, the number. */
const REFERENCE = /MDJCLZX-\d{4}-\d{6}/;

/** The distinct references in the staff console's list of questions (网上信箱), as a staff member sees them. */
async function listedQuestions(sr: Session): Promise<string[]> {
  const response = await fetch(new URL(staffQuestionsHref, sr.baseURL), { headers: { Cookie: await staffSession(sr) } });
  expect(response.status).toBe(200);
  return [...new Set((await response.text()).match(new RegExp(REFERENCE.source, 'g')) ?? [])];
}

/**
 * Orca 43 speaks no required state for a radio button (see form.sr.ts), so for a radio group the state is checked
 * where the product controls it: every option of the group is `required` in the page.
 */
async function expectRadiosRequired(sr: Session, name: string) {
  const radios = sr.page.locator(`input[type="radio"][name="${name}"]`);
  expect(await radios.count()).toBeGreaterThan(1);
  expect(await radios.evaluateAll((inputs) => inputs.every((input) => (input as HTMLInputElement).required))).toBe(true);
}

// The first scenario must leave the server without a question, which the second then counts.
test.describe.configure({ mode: 'serial' });

test('asking with nothing filled in: each error heard once, and the first link leads to its field', async ({ sr }) => {
  const { reader } = sr;
  await open(sr, '/ask/');
  await pressUntilHeard(sr, '发送', { key: 'b' });
  const summary = await reader.step('Return: send it empty', () => reader.press('Return'), {
    until: ['出现了问题', '选择您的问题或建议是关于什么的', '选择您希望如何收到答复'],
    quietMs: 3_000,
  });
  for (const error of ['选择您的问题或建议是关于什么的', '选择您是要提问还是提建议', '输入您的问题或建议', '选择您希望如何收到答复']) {
    expect(countHeard(summary, error), error).toBe(1);
  }
  const link = await pressUntilHeard(sr, '选择您的问题或建议是关于什么的');
  expect(link).toContain('link');
  const field = await reader.step('Return: follow the link', () => reader.press('Return'), { until: ['办事指南', 'radio button'] });
  expect(countHeard(field, '您的留言是关于什么的?')).toBe(1);
  // The error is the fieldset's description, which Orca 43 does not speak for a group ("panel"): the link just followed
  // said it. It must not be heard twice, as it would be if each option were described by it too.
  expect(countHeard(field, '选择您的问题或建议是关于什么的')).toBeLessThanOrEqual(1);
  expect(await sr.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('topic');
  expect(await listedQuestions(sr)).toEqual([]);
});

test('asking a question by keyboard, the answer to be read on this phone: each legend, label and hint heard once, then the reference', async ({ sr }) => {
  const { reader } = sr;
  await open(sr, '/ask/');
  const h1 = await reader.step('H: the page’s heading', () => reader.press('h'), { until: ['heading level 1'] });
  expect(h1).toContain('咨询和建议');

  const topic = await pressUntilHeard(sr, 'radio button');
  expect(topic).toContain('办事指南');
  expect(countHeard(topic, '您的留言是关于什么的?')).toBe(1);
  await expectRadiosRequired(sr, 'topic');
  await reader.step('Space: choose 办事指南', () => reader.press('space'), { until: [/selected|checked/] });

  const kind = await reader.step('Tab: question or suggestion', () => reader.press('Tab'), { until: ['提问(咨询)'] });
  expect(countHeard(kind, '您是要提问还是提建议?')).toBe(1);
  await expectRadiosRequired(sr, 'kind');
  await reader.step('Space: choose 提问（咨询）', () => reader.press('space'), { until: [/selected|checked/] });

  const text = await reader.step('Tab: the question', () => reader.press('Tab'), { until: ['您的问题或建议'] });
  expect(countHeard(text, '您的问题或建议')).toBe(1);
  expect(countHeard(text, '请不要写身份证号码等不必要的个人信息。')).toBe(1);
  expect(text).toContain('required');
  // The count is said once typing pauses, not the hint and the count again at every key.
  const typing = await reader.step('Typing the question', () => reader.type('When does the free bus pass guide change?'), {
    until: ['还可以输入'],
    quietMs: 1_000,
  });
  expect(countHeard(typing, '请不要写身份证号码等不必要的个人信息。')).toBe(0);
  expect(countHeard(typing, '还可以输入')).toBe(1);

  const answerBy = await reader.step('Tab: how the answer comes', () => reader.press('Tab'), { until: ['电子邮件', 'radio button'] });
  expect(countHeard(answerBy, '您希望怎样收到答复?')).toBe(1);
  await expectRadiosRequired(sr, 'answerBy');
  // Orca is back in browse mode on a radio button: Down reads the next option, Space chooses it.
  const phone = await reader.step('Down: 在这部手机上查看', () => reader.press('Down'), { until: ['在这部手机上查看'] });
  expect(phone).not.toContain('您希望怎样收到答复?');
  await reader.step('Space: choose 在这部手机上查看', () => reader.press('space'), { until: [/selected|checked/] });
  expect(await sr.page.getByRole('radio', { name: '在这部手机上查看' }).isChecked()).toBe(true);

  await pressUntilHeard(sr, '发送', { limit: 6 });
  const sent = await reader.step('Return: send', () => reader.press('Return'), { until: ['已打开:您的留言', REFERENCE], quietMs: 2_500, timeoutMs: 60_000 });
  expect(sent).not.toContain('出现了问题');
  const reference = REFERENCE.exec(sent)![0];
  // Said once by the outbox as it is delivered, not again as the confirmation's panel fills in.
  expect(countHeard(sent, reference)).toBe(1);
  // The focus went to the new page's heading, not lost to the top of the document.
  expect(await sr.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await sr.page.locator('.panel').textContent()).toContain(reference);
  expect(await listedQuestions(sr)).toEqual([reference]);
});
