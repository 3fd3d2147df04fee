import { Page } from '../components/Page/Page.tsx';
import { guideHref } from '../addresses/addresses.ts';
import type { GuideSummary } from '../content/schema.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';
import { whenPublished } from '../content/published-gate.ts';
import { publishedListsId } from '../content/published.ts';

/** What staff published since the build, merged into its guides (src/content/published-client.ts). */
export const published = ({ items }: { items: GuideSummary[] }) => whenPublished(publishedListsId, (client) => client.guides(items));

/** The guides come in the page's language, from its route (src/app/App.tsx). */
export default function GuideList({ items: guides }: { items: GuideSummary[] }) {
  const t = useMessages();
  const href = useHref();
  const foreign = useForeignLang();
  return (
    <Page title={t.guides.title} description={t.guides.intro} trail={[]}>
      <p class="lead">{t.guides.intro}</p>
      <ul class="card-list">
        {guides.map((guide) => (
          <li key={guide.slug} class="card" lang={foreign(guide.lang)}>
            <a class="card__link" href={href(guideHref(guide.slug))}>{guide.title}</a>
            <p class="card__text">{guide.summary}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
