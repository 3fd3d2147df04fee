import { site } from '../content/site.ts';

/** The document head of the page being shown: read by the prerenderer, applied to `document` in the browser. */
export interface Head {
  title: string;
  description: string;
  lang: string;
  /** The page's own address, with its trailing slash; none for the not-found page. */
  path: string | undefined;
}

export const defaultHead: Head = { title: site.appName, description: '', lang: 'zh-Hans', path: undefined };

let current: Head = { ...defaultHead };

export function documentTitle(pageTitle: string): string {
  return pageTitle === site.appName ? `${site.appName} - ${site.shortName}` : `${pageTitle} - ${site.appName}`;
}

export function setHead(head: Head): void {
  current = head;
  if (typeof document === 'undefined') return;
  document.title = documentTitle(head.title);
  document.documentElement.lang = head.lang;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (canonical && head.path) canonical.href = canonicalUrl(head.path);
}

export function canonicalUrl(path: string): string {
  return `${site.url}${path}`;
}

/** Prerendering only: the head of the page just rendered, then ready for the next one. */
export function takeHead(): Head {
  const head = current;
  current = { ...defaultHead };
  return head;
}
