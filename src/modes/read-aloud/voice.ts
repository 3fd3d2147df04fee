/**
 * The voice to read a page with: one for the page's language, a voice on the phone (localService) before one
 * from the network, and the phone's default among equals. Voices name their language in many ways ("zh-CN",
 * "zh_CN" on Android, "cmn-Hans-CN"), so tags are compared lowercased with hyphens.
 */
type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default'>;

/**
 * Languages to look for, best first. Traditional Chinese prefers Taiwan, then Hong Kong; a Mandarin voice of the
 * mainland reads traditional characters too, so any Chinese voice is better than none.
 */
const wanted: Record<string, string[]> = {
  'zh-hans': ['zh-cn', 'cmn-hans-cn', 'cmn-cn', 'zh-hans', 'zh-sg', 'cmn', 'zh'],
  'zh-hant': ['zh-tw', 'cmn-hant-tw', 'zh-hant', 'zh-hk', 'yue-hant-hk', 'yue', 'cmn', 'zh'],
  zh: ['zh-cn', 'cmn', 'zh'],
};

/** What to put in an utterance's `lang` when no voice is chosen: speech engines know region tags best. */
export const speechLang: Record<string, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

const normal = (tag: string) => tag.toLowerCase().replaceAll('_', '-');

function rank(voice: Voice, tags: string[]): number {
  const lang = normal(voice.lang);
  return tags.findIndex((tag) => lang === tag || lang.startsWith(`${tag}-`));
}

export function chooseVoice<V extends Voice>(voices: readonly V[], pageLang: string): V | undefined {
  const lang = normal(pageLang);
  const tags = wanted[lang] ?? [lang, lang.split('-')[0]!];
  return voices
    .map((voice) => ({ voice, rank: rank(voice, tags) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank || Number(b.voice.localService) - Number(a.voice.localService) || Number(b.voice.default) - Number(a.voice.default))[0]?.voice;
}
