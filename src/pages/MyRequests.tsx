import { Page } from '../components/Page/Page';
import { useMessages } from '../i18n';

export default function MyRequests() {
  const t = useMessages();
  return (
    <Page title={t.requests.title} trail={[]}>
      <p>{t.requests.empty}</p>
      <p><a href="/request/">{t.requests.howTo}</a></p>
    </Page>
  );
}
