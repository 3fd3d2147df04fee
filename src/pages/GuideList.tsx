import { Page } from '../components/Page/Page.tsx';
import { GuideCards } from '../components/GuideCards/GuideCards.tsx';
import type { GuideSummary } from '../content/schema.ts';
import { useMessages } from '../i18n/index.ts';

/** The guides come in the page's language, from its route (src/app/App.tsx). */
export default function GuideList({ guides }: { guides: GuideSummary[] }) {
  const t = useMessages();
  return (
    <Page title={t.guides.title} description={t.guides.intro} trail={[]}>
      <p class="lead">{t.guides.intro}</p>
      <GuideCards guides={guides} />
    </Page>
  );
}
