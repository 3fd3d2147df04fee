import { Page } from '../components/Page/Page.tsx';
import { useMessages } from '../i18n/index.ts';

export default function MyRequests() {
  const t = useMessages();
  return (
    <Page title={t.requests.title} description={t.requests.intro} trail={[]}>
      <p>{t.requests.empty}</p>
      <p><a class="standalone-link" href="/request/">{t.requests.howTo}</a></p>
    </Page>
  );
}
