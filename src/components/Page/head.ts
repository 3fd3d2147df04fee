import { site } from '../../config/site.ts';
import type { Messages } from '../../i18n/index.ts';
import { localePath, locales } from '../../i18n/locales.ts';

/** The document head of the page being shown: read by the prerenderer, applied to `document` in the browser. */
export interface Head {
  title: string;
  description: string;
  lang: string;
  /** The page's own address, with its trailing slash; none for the not-found page. */
  path: string | undefined;
  /** The names of the site in the page's language, for the document title. */
  names: Pick<Messages['site'], 'appName' | 'shortName'>;
}

export const defaultHead: Head = { title: site.appName, description: '', lang: 'zh-Hans', path: undefined, names: site };

let current: Head = { ...defaultHead };

export function documentTitle(pageTitle: string, names: Head['names'] = site): string {
  return pageTitle === names.appName ? `${names.appName} - ${names.shortName}` : `${pageTitle} - ${names.appName}`;
}

export function setHead(head: Head): void {
  current = head;
  if (typeof document === 'undefined') return;
  document.title = documentTitle(head.title, head.names);
  document.documentElement.lang = head.lang;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (canonical && head.path) canonical.href = canonicalUrl(head.path);
}

export function canonicalUrl(path: string): string {
  return `${site.url}${path}`;
}

/** The same page in each language, for search engines: `<link rel="alternate" hreflang>`. */
export function alternateLinks(path: string): { rel: string; hreflang: string; href: string }[] {
  return [
    ...locales.map((locale) => ({ rel: 'alternate', hreflang: locale, href: canonicalUrl(localePath(path, locale)) })),
    { rel: 'alternate', hreflang: 'x-default', href: canonicalUrl(localePath(path, 'zh-Hans')) },
  ];
}

/** Prerendering only: the head of the page just rendered, then ready for the next one. */
export function takeHead(): Head {
  const head = current;
  current = { ...defaultHead };
  return head;
}
