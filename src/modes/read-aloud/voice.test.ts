import { describe, expect, it } from 'vitest';
import { chooseVoice } from './voice.ts';

const voice = (lang: string, name: string, localService = true, isDefault = false) => ({ lang, name, localService, default: isDefault });

describe('chooseVoice', () => {
  const voices = [
    voice('en-US', 'English', true, true),
    voice('zh-HK', 'Cantonese'),
    voice('zh-TW', 'Taiwan, network', false),
    voice('zh-TW', 'Taiwan'),
    voice('zh_CN', 'Mainland, Android'),
  ];

  it('reads simplified Chinese with a mainland voice, however the phone spells its tag', () => {
    expect(chooseVoice(voices, 'zh-Hans')?.name).toBe('Mainland, Android');
  });

  it('reads traditional Chinese with a Taiwan voice on the phone, then Hong Kong, then any Chinese voice', () => {
    expect(chooseVoice(voices, 'zh-Hant')?.name).toBe('Taiwan');
    expect(chooseVoice(voices.filter((v) => v.lang !== 'zh-TW'), 'zh-Hant')?.name).toBe('Cantonese');
    expect(chooseVoice([voice('cmn-Hans-CN', 'Mandarin')], 'zh-Hant')?.name).toBe('Mandarin');
  });

  it('reads English with any English voice, and prefers the phone’s default among equals', () => {
    expect(chooseVoice([voice('en-GB', 'British'), voice('en-US', 'American', true, true)], 'en')?.name).toBe('American');
  });

  it('finds nothing when the phone has no voice for the language', () => {
    expect(chooseVoice([voice('en-US', 'English')], 'zh-Hans')).toBeUndefined();
    expect(chooseVoice(voices, 'fr')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
  });

  it('does not take a voice whose tag only begins with the same letters', () => {
    expect(chooseVoice([voice('en-US', 'English')], 'e')).toBeUndefined();
  });
});
