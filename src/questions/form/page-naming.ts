import { disclosureHref, guideHref } from '../../addresses/addresses.ts';
import { withoutLocale } from '../../i18n/locales.ts';
import type { QuestionTopic } from '../contract.ts';
import { isSitePath } from '../rules.ts';

/** The pages a question can name, as the content's lists give them (`GuideSummary`, `DisclosureSummary`). */
export interface NameablePages {
  guides: readonly { slug: string; title: string }[];
  disclosure: readonly { slug: string; title: string }[];
}

/** The page a question was asked from: its path (simplified-Chinese form), its title in the form's language, its topic. */
export interface NamedPage {
  page: string;
  title: string;
  topic: Extract<QuestionTopic, 'guide' | 'disclosure'>;
}

/**
 * The page `?page=` names, when it is a guide or a disclosure item the site has: `/guides/bus-pass/` or
 * `/en/guides/bus-pass/` → `{ page: '/guides/bus-pass/', title: <the guide's title in `pages`' language>, topic:
 * 'guide' }`. The title is the site's own, never the query's; any other value (unknown, another site, the
 * console, not a string) names nothing, and the form then asks as if opened directly.
 */
export function namePage(query: unknown, pages: NameablePages): NamedPage | undefined {
  if (typeof query !== 'string' || !isSitePath(query)) return undefined;
  const page = withoutLocale(query);
  const guide = pages.guides.find((candidate) => guideHref(candidate.slug) === page);
  if (guide) return { page, title: guide.title, topic: 'guide' };
  const item = pages.disclosure.find((candidate) => disclosureHref(candidate.slug) === page);
  if (item) return { page, title: item.title, topic: 'disclosure' };
  return undefined;
}
