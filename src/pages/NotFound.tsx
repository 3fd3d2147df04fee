import { Page } from '../components/Page/Page';
import { useMessages } from '../i18n';

export default function NotFound() {
  const t = useMessages();
  return (
    <Page title={t.notFound.title} qr={false}>
      <p>{t.notFound.text}</p>
      <ul class="link-list">
        <li><a href="/">{t.notFound.home}</a></li>
        <li><a href="/guides/">{t.notFound.guides}</a></li>
      </ul>
    </Page>
  );
}
