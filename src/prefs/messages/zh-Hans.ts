/**
 * The preference controls' text, loaded with the controls (not on every page). Traditional Chinese is
 * generated from this file at build time (`./zh-Hans.ts?zh-Hant`): never write it by hand.
 */
export const prefsMessages = {
  intro: '这些设置保存在这部手机的浏览器里，对本网站每一页都有效，改了马上生效。',
  textSize: {
    legend: '文字大小',
    option: (size: number) => (size === 100 ? '100%（标准）' : `${size}%`),
    announce: (size: number) => `文字大小：${size}%`,
  },
  contrast: {
    legend: '颜色和对比度',
    standard: '标准',
    high: '高对比度（黑底黄字）',
    dark: '深色',
    announce: (label: string) => `颜色：${label}`,
  },
  lineSpacing: {
    legend: '行距',
    standard: '标准',
    wide: '宽',
    wider: '更宽',
    announce: (label: string) => `行距：${label}`,
  },
  more: '其他设置',
  elder: { label: '长辈模式', hint: '更大的文字和按钮，一栏显示，每屏内容更少。' },
  reducedMotion: { label: '减少动画', hint: '不播放动画，页面不做平滑滚动。' },
  pinyin: { label: '拼音', hint: '在汉字上方显示拼音。' },
  readAloud: { label: '朗读', hint: '显示朗读按钮，用手机的语音读出正文。' },
  turnedOn: (label: string) => `已打开${label}`,
  turnedOff: (label: string) => `已关闭${label}`,
  reset: '恢复默认设置',
  resetDone: '已恢复默认显示设置。',
  close: '收起显示设置',
};

export type PrefsMessages = typeof prefsMessages;
