import { expect, open, test } from './fixtures.ts';

test('a guide by headings and by say-all to the footer, in simplified Chinese', async ({ sr }) => {
  await open(sr, '/guides/bus-pass/');
  const first = await sr.reader.step('H: the first heading', () => sr.reader.press('h'), { until: ['heading level 1'] });
  expect(first).toContain('残疾人乘车证');
  const second = await sr.reader.step('H: the next heading', () => sr.reader.press('h'), { until: ['heading level 2'] });
  expect(second).toMatch(/heading level 2/);
  const all = await sr.reader.step('Say all from here', () => sr.reader.press('KP_Add'), { until: ['隐私说明'], quietMs: 3_000, timeoutMs: 120_000 });
  expect(all).toContain('隐私说明');
});

test('a guide by headings and by say-all to the footer, in English', async ({ sr }) => {
  await open(sr, '/en/guides/bus-pass/');
  const first = await sr.reader.step('H: the first heading', () => sr.reader.press('h'), { until: ['heading level 1'] });
  expect(first).not.toContain('clickable');
  const second = await sr.reader.step('H: the next heading', () => sr.reader.press('h'), { until: ['heading level 2'] });
  expect(second).toMatch(/heading level 2/);
  const all = await sr.reader.step('Say all from here', () => sr.reader.press('KP_Add'), { until: ['Privacy notice'], quietMs: 3_000, timeoutMs: 120_000 });
  expect(all).toContain('Privacy notice');
});
