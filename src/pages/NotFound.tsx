import { Page } from '../components/Page/Page.tsx';
import { useHref, useMessages } from '../i18n/index.ts';

export default function NotFound() {
  const t = useMessages();
  const href = useHref();
  return (
    <Page title={t.notFound.title} description={t.notFound.text} addressable={false}>
      <p>{t.notFound.text}</p>
      <ul class="link-list">
        <li><a href={href('/')}>{t.notFound.home}</a></li>
        <li><a href={href('/guides/')}>{t.notFound.guides}</a></li>
      </ul>
    </Page>
  );
}
