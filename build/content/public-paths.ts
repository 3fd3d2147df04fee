import type { Content } from './load.ts';
import {
  answersHref, askHref, catalogueHref, contentPageHref, disclosureHref, guideHref, guidesHref, homeHref, myRequestsHref, notFoundHref, offlineHref,
  reportHref,
  requestHref, requestStepHref, searchHref,
} from '../../src/addresses/addresses.ts';
import { type Locale, localePath, locales } from '../../src/i18n/locales.ts';
import { formSteps } from '../../src/requests/form/steps.ts';

/** Every public address, in the order the sitemap lists them. Printed QR codes point at these: never break one. */
export function publicPaths(content: Content): string[] {
  return [
    homeHref(),
    guidesHref(),
    ...content.guides.map((guide) => guideHref(guide.slug)),
    catalogueHref(),
    ...content.disclosure.map((item) => disclosureHref(item.slug)),
    ...content.reports.map((report) => reportHref(report.year)),
    requestHref(),
    ...formSteps.map((step) => requestStepHref(step.slug)),
    requestStepHref('check'),
    myRequestsHref(),
    searchHref(),
    // The online mailbox's form (issue 17).
    askHref(),
    // Published answers are staff's (server/content/answer-pages.tsx): the build writes the list, empty.
    answersHref(),
    // The request page is a content file too, but its address is the form's start, listed above.
    ...content.pages.filter((page) => page.slug !== 'request').map((page) => contentPageHref(page.slug)),
  ];
}

/** Every public page in every language, simplified Chinese first, as the sitemap lists them. */
export function allPublicPaths(content: Record<Locale, Content>): string[] {
  return locales.flatMap((locale) => publicPaths(content[locale]).map((path) => localePath(path, locale)));
}

/**
 * The pages the prerenderer writes, as it wants them: without the trailing slash (it writes `/x` to
 * `x/index.html`). The not-found and offline pages are pages of their own, but no address to list in the sitemap.
 */
export function prerenderPaths(content: Record<Locale, Content>): string[] {
  const notFound = locales.map((locale) => notFoundHref(locale));
  // Each language's offline page: the service worker answers a page never read in the language of its address.
  const offline = locales.map((locale) => offlineHref(locale));
  return [...allPublicPaths(content), ...notFound, ...offline].map((path) => (path === '/' ? path : path.replace(/\/$/, '')));
}
