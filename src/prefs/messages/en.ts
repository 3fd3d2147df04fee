import type { PrefsMessages } from './zh-Hans.ts';

/** The preference controls' text in English, loaded with the controls. */
export const prefsMessages: PrefsMessages = {
  intro: 'These settings are kept in this phone’s browser, apply to every page of this site, and take effect at once.',
  textSize: {
    legend: 'Text size',
    option: (size: number) => (size === 100 ? '100% (standard)' : `${size}%`),
    announce: (size: number) => `Text size: ${size}%`,
  },
  contrast: {
    legend: 'Colours and contrast',
    standard: 'Standard',
    high: 'High contrast (yellow on black)',
    dark: 'Dark',
    announce: (label: string) => `Colours: ${label}`,
  },
  lineSpacing: {
    legend: 'Line spacing',
    standard: 'Standard',
    wide: 'Wide',
    wider: 'Wider',
    announce: (label: string) => `Line spacing: ${label}`,
  },
  more: 'Other settings',
  elder: { label: 'Elder mode', hint: 'Larger text and buttons, one column, less on each screen.' },
  reducedMotion: { label: 'Reduce motion', hint: 'No animation and no smooth scrolling.' },
  pinyin: { label: 'Pinyin', hint: 'Shows pinyin above Chinese characters.' },
  readAloud: { label: 'Read aloud', hint: 'Shows a read-aloud button that speaks the main text with the phone’s voice.' },
  turnedOn: (label: string) => `${label} on`,
  turnedOff: (label: string) => `${label} off`,
  reset: 'Reset to default settings',
  resetDone: 'Display settings reset to their defaults.',
  close: 'Close display settings',
};
