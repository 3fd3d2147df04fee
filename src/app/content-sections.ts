import type { Locale } from '../i18n/locales.ts';

/**
 * The content sections of each language (src/content/plugin.ts), each a chunk loaded by the routes that show
 * it. Written out, not computed: the bundler needs each address as it is.
 */
type Guides = typeof import('virtual:content/guides');
type Disclosure = typeof import('virtual:content/disclosure');
type Pages = typeof import('virtual:content/pages');
type Reports = typeof import('virtual:content/reports');
type Latest = typeof import('virtual:content/latest');

export interface ContentSections {
  guides: () => Promise<Guides>;
  disclosure: () => Promise<Disclosure>;
  pages: () => Promise<Pages>;
  reports: () => Promise<Reports>;
  latest: () => Promise<Latest>;
}

export const contentSections: Record<Locale, ContentSections> = {
  'zh-Hans': {
    guides: () => import('virtual:content/guides'),
    disclosure: () => import('virtual:content/disclosure'),
    pages: () => import('virtual:content/pages'),
    reports: () => import('virtual:content/reports'),
    latest: () => import('virtual:content/latest'),
  },
  'zh-Hant': {
    guides: () => import('virtual:content/zh-Hant/guides'),
    disclosure: () => import('virtual:content/zh-Hant/disclosure'),
    pages: () => import('virtual:content/zh-Hant/pages'),
    reports: () => import('virtual:content/zh-Hant/reports'),
    latest: () => import('virtual:content/zh-Hant/latest'),
  },
  en: {
    guides: () => import('virtual:content/en/guides'),
    disclosure: () => import('virtual:content/en/disclosure'),
    pages: () => import('virtual:content/en/pages'),
    reports: () => import('virtual:content/en/reports'),
    latest: () => import('virtual:content/en/latest'),
  },
};
