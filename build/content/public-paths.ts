import type { Content } from './load.ts';
import {
  catalogueHref, contentPageHref, disclosureHref, guideHref, guidesHref, homeHref, myRequestsHref, reportHref, requestHref, requestStepHref, searchHref,
} from '../../src/addresses/addresses.ts';
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
    // The request page is a content file too, but its address is the form's start, listed above.
    ...content.pages.filter((page) => page.slug !== 'request').map((page) => contentPageHref(page.slug)),
  ];
}
