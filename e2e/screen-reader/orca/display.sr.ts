import { expect, open, pressUntilHeard, test } from './fixtures.ts';

test('the display settings panel: opened, a mode turned on, its state heard', async ({ sr }) => {
  const { reader, page } = sr;
  await open(sr, '/guides/bus-pass/');
  const button = await pressUntilHeard(sr, '显示设置', { key: 'b' });
  expect(button).toContain('collapsed');
  await reader.step('Return: open the panel', () => reader.press('Return'), { until: ['expanded'] });
  const elder = await pressUntilHeard(sr, '长辈模式');
  expect(elder).toContain('check box');
  expect(elder).toContain('not checked');
  expect(elder).toContain('更大的文字和按钮');
  const turnedOn = await reader.step('Space: turn it on', () => reader.press('space'), { until: ['checked', '已打开长辈模式'] });
  expect(turnedOn).not.toContain('not checked');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.elder)).toBe('on');
  const off = await reader.step('Space: turn it off again', () => reader.press('space'), { until: ['not checked', '已关闭长辈模式'] });
  expect(off).toContain('已关闭长辈模式');
  await reader.step('Escape: close the panel', () => reader.press('Escape'), { until: ['collapsed'] });
});
