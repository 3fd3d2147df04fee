import type { RequestLocale } from '../../src/requests/rules/schema.ts';

/** The page's language from Accept-Language: traditional Chinese for Taiwan, Hong Kong and Macao, simplified by default. */
export function localeFromAcceptLanguage(header: string | undefined): RequestLocale {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.tag && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-Hans';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh-Hans';
}
