import { items as guides } from 'virtual:content/guides';
import { Page } from '../components/Page/Page.tsx';
import { useMessages } from '../i18n/index.ts';

export default function GuideList() {
  const t = useMessages();
  return (
    <Page title={t.guides.title} description={t.guides.intro} trail={[]}>
      <p class="lead">{t.guides.intro}</p>
      <ul class="card-list">
        {guides.map((guide) => (
          <li key={guide.slug} class="card">
            <a class="card__link" href={`/guides/${guide.slug}/`}>{guide.title}</a>
            <p class="card__text">{guide.summary}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
