import { Page } from '../components/Page/Page.tsx';
import { catalogueHref, guideHref, guidesHref, myRequestsHref, requestHref } from '../addresses/addresses.ts';
import { SaveForOffline } from '../offline/SaveForOffline.tsx';
import { SearchForm } from '../components/SearchForm/SearchForm.tsx';
import type { GuideSummary } from '../content/schema.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';
import { homeWords } from '../i18n/words/home/index.ts';
import { saveAllWords } from '../i18n/words/save-all/index.ts';
import type { CatalogueEntry } from '../content/published.ts';
import { whenPublished } from '../content/published-gate.ts';
import { publishedListsId } from '../content/published.ts';

/** The words this page and its save-for-offline section show, loaded with it (src/app/contentRoute.tsx). */
export const words = [homeWords, saveAllWords];

/** What staff published since the build, merged into its lists (src/content/published-client.ts). */
export const published = (lists: { guides: GuideSummary[]; latest: CatalogueEntry[] }) => whenPublished(publishedListsId, (client) => client.home(lists));

/**
 * The featured guides and the newest disclosures come in the page's language, from its route (src/app/App.tsx)
 * and build/content/plugin.ts, which chooses them.
 */
export default function Home({ guides, latest: latestDisclosures }: { guides: GuideSummary[]; latest: CatalogueEntry[] }) {
  const t = useMessages();
  const w = homeWords.use();
  const href = useHref();
  const foreign = useForeignLang();
  return (
    <Page title={t.site.appName} description={w.intro} titleLang={t.site.lang}>
      <p class="lead">{w.intro}</p>
      <SearchForm />

      <section>
        <h2 id="tasks">{w.tasks}</h2>
        <ul class="card-list">
          {guides.map((guide) => (
            <li key={guide.slug} class="card" lang={foreign(guide.lang)}>
              <a class="card__link" href={href(guideHref(guide.slug))}>{guide.title}</a>
              <p class="card__text">{guide.summary}</p>
            </li>
          ))}
        </ul>
        <p><a class="standalone-link" href={href(guidesHref())}>{w.allGuides}</a></p>
      </section>

      <section>
        <h2 id="request">{w.requestTitle}</h2>
        <p>{w.requestText}</p>
        <p><a class="button" href={href(requestHref())}>{t.nav.request}</a></p>
        <p>{w.requestsText} <a href={href(myRequestsHref())}>{w.requestsTitle}</a></p>
      </section>

      <section>
        <h2 id="latest">{w.latest}</h2>
        <ul class="item-list">
          {latestDisclosures.map((item) => (
            <li key={item.href}>
              <a href={item.chineseOnly ? item.href : href(item.href)} lang={foreign(item.lang)}>{item.title}</a>
              <span class="item-list__meta">{t.disclosure.categories[item.category]} · {item.date}</span>
            </li>
          ))}
        </ul>
        <p><a class="standalone-link" href={href(catalogueHref())}>{w.allDisclosure}</a></p>
      </section>

      <SaveForOffline />
    </Page>
  );
}
