/// <reference types="vite/client" />

/** The site's absolute address, fixed at build time from BASE_URL (see vite.config.ts). */
declare const __SITE_URL__: string;

declare module 'virtual:content/guides' {
  import type { Guide, GuideSummary } from '#content/schema';
  export const items: GuideSummary[];
  export const load: Record<string, () => Promise<{ default: Guide }>>;
}
declare module 'virtual:content/disclosure' {
  import type { Disclosure, DisclosureSummary } from '#content/schema';
  export const items: DisclosureSummary[];
  export const load: Record<string, () => Promise<{ default: Disclosure }>>;
}
declare module 'virtual:content/pages' {
  import type { Page } from '#content/schema';
  export const items: Pick<Page, 'slug' | 'title' | 'summary'>[];
  export const load: Record<string, () => Promise<{ default: Page }>>;
}
declare module 'virtual:content/reports' {
  import type { Report, ReportSummary } from '#content/schema';
  export const items: ReportSummary[];
  export const load: Record<string, () => Promise<{ default: Report }>>;
}
declare module 'virtual:content/home' {
  import type { DisclosureSummary, GuideSummary } from '#content/schema';
  /** The guides the home page features, and the newest disclosures. */
  export const guides: GuideSummary[];
  export const latest: DisclosureSummary[];
}

/** The same sections in traditional Chinese and English: `virtual:content/zh-Hant/guides`, `virtual:content/en/home`. */
declare module 'virtual:content/*/guides' {
  export * from 'virtual:content/guides';
}
declare module 'virtual:content/*/disclosure' {
  export * from 'virtual:content/disclosure';
}
declare module 'virtual:content/*/pages' {
  export * from 'virtual:content/pages';
}
declare module 'virtual:content/*/reports' {
  export * from 'virtual:content/reports';
}
declare module 'virtual:content/*/home' {
  export * from 'virtual:content/home';
}

/** A section's item loaders only, for an item's page: `virtual:content/guides?load`, `virtual:content/en/pages?load`. */
declare module 'virtual:content/*?load' {
  export const load: Record<string, () => Promise<{ default: unknown }>>;
}

/** A module with its Chinese text converted to traditional at build time (build/i18n/traditional-plugin.ts). */
declare module '*?zh-Hant' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers say which module they converted.
  const converted: any;
  export = converted;
}
