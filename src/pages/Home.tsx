import { items as latestDisclosures } from 'virtual:content/latest';
import { items as guides } from 'virtual:content/guides';
import { Page } from '../components/Page/Page.tsx';
import { SaveForOffline } from '../components/SaveForOffline/SaveForOffline.tsx';
import { SearchForm } from '../components/SearchForm/SearchForm.tsx';
import { site } from '../content/site.ts';
import { useMessages } from '../i18n/index.ts';

/** The guides people come for most often stand first; the rest are one link away. */
const FEATURED_GUIDES = 4;

export default function Home() {
  const t = useMessages();
  return (
    <Page title={site.appName} description={t.home_.intro}>
      <p class="lead">{t.home_.intro}</p>
      <SearchForm />

      <section>
        <h2 id="tasks">{t.home_.tasks}</h2>
        <ul class="card-list">
          {guides.slice(0, FEATURED_GUIDES).map((guide) => (
            <li key={guide.slug} class="card">
              <a class="card__link" href={`/guides/${guide.slug}/`}>{guide.title}</a>
              <p class="card__text">{guide.summary}</p>
            </li>
          ))}
        </ul>
        <p><a class="standalone-link" href="/guides/">{t.home_.allGuides}</a></p>
      </section>

      <section>
        <h2 id="request">{t.home_.requestTitle}</h2>
        <p>{t.home_.requestText}</p>
        <p><a class="button" href="/request/">{t.nav.request}</a></p>
        <p>{t.home_.requestsText} <a href="/requests/">{t.home_.requestsTitle}</a></p>
      </section>

      <section>
        <h2 id="latest">{t.home_.latest}</h2>
        <ul class="item-list">
          {latestDisclosures.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.title}</a>
              <span class="item-list__meta">{t.disclosure.categories[item.category]} · {item.date}</span>
            </li>
          ))}
        </ul>
        <p><a class="standalone-link" href="/disclosure/">{t.home_.allDisclosure}</a></p>
      </section>

      <SaveForOffline />
    </Page>
  );
}
