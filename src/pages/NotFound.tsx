import { Page } from '../components/Page/Page.tsx';
import { guidesHref, homeHref } from '../addresses/addresses.ts';
import { useHref, useMessages } from '../i18n/index.ts';

export default function NotFound() {
  const t = useMessages();
  const href = useHref();
  return (
    <Page title={t.notFound.title} description={t.notFound.text} addressable={false}>
      <p>{t.notFound.text}</p>
      <ul class="link-list">
        <li><a href={href(homeHref())}>{t.notFound.home}</a></li>
        <li><a href={href(guidesHref())}>{t.notFound.guides}</a></li>
      </ul>
    </Page>
  );
}
