import type { Disclosure, Guide, Page, Report } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The content sections of each language (build/content/plugin.ts), each a chunk loaded by the routes that show
 * it: the lists for the list pages, the loaders alone (`?load`) for an item's page, which needs no list.
 * Written out, not computed: the bundler needs each address as it is.
 */
type Guides = typeof import('virtual:content/guides');
type DisclosureList = typeof import('virtual:content/disclosure');
type Home = typeof import('virtual:content/home');
type Loaders<T> = Promise<{ load: Record<string, () => Promise<{ default: T }>> }>;

export interface ContentSections {
  guides: () => Promise<Guides>;
  disclosure: () => Promise<DisclosureList>;
  home: () => Promise<Home>;
  guide: () => Loaders<Guide>;
  disclosureItem: () => Loaders<Disclosure>;
  page: () => Loaders<Page>;
  report: () => Loaders<Report>;
}

export const contentSections: Record<Locale, ContentSections> = {
  'zh-Hans': {
    guides: () => import('virtual:content/guides'),
    disclosure: () => import('virtual:content/disclosure'),
    home: () => import('virtual:content/home'),
    guide: () => import('virtual:content/guides?load') as Loaders<Guide>,
    disclosureItem: () => import('virtual:content/disclosure?load') as Loaders<Disclosure>,
    page: () => import('virtual:content/pages?load') as Loaders<Page>,
    report: () => import('virtual:content/reports?load') as Loaders<Report>,
  },
  'zh-Hant': {
    guides: () => import('virtual:content/zh-Hant/guides'),
    disclosure: () => import('virtual:content/zh-Hant/disclosure'),
    home: () => import('virtual:content/zh-Hant/home'),
    guide: () => import('virtual:content/zh-Hant/guides?load') as Loaders<Guide>,
    disclosureItem: () => import('virtual:content/zh-Hant/disclosure?load') as Loaders<Disclosure>,
    page: () => import('virtual:content/zh-Hant/pages?load') as Loaders<Page>,
    report: () => import('virtual:content/zh-Hant/reports?load') as Loaders<Report>,
  },
  en: {
    guides: () => import('virtual:content/en/guides'),
    disclosure: () => import('virtual:content/en/disclosure'),
    home: () => import('virtual:content/en/home'),
    guide: () => import('virtual:content/en/guides?load') as Loaders<Guide>,
    disclosureItem: () => import('virtual:content/en/disclosure?load') as Loaders<Disclosure>,
    page: () => import('virtual:content/en/pages?load') as Loaders<Page>,
    report: () => import('virtual:content/en/reports?load') as Loaders<Report>,
  },
};
