import { items as guides } from 'virtual:content/guides';
import { guideHref, guidesHref, homeHref, myRequestsHref, requestHref, searchHref } from '../addresses/addresses.ts';
import { Page } from '../components/Page/Page.tsx';
import { site } from '../config/site.ts';
import { useMessages } from '../i18n/index.ts';
import { offlineWords } from '../i18n/words/offline/index.ts';

/** The words this page shows, loaded with it (src/app/App.tsx). */
export const words = [offlineWords];

/**
 * What the service worker shows for a page never saved, with no signal. It is served at that page's
 * address, so it is not hydrated (src/main.tsx): a small script (src/offline/offline-page.ts) adds the pages read
 * earlier to the list, and brings its guides (`data-guide`) up to date with what staff published since the build:
 * the published guides the phone keeps after the shipped ones, a withdrawn guide taken out.
 */
export default function Offline() {
  const t = useMessages();
  const w = offlineWords.use();
  const available = [
    { href: homeHref(), title: site.appName },
    { href: guidesHref(), title: t.guides.title },
    ...guides.map((guide) => ({ href: guideHref(guide.slug), title: guide.title, guide: guide.slug })),
    { href: requestHref(), title: t.nav.request },
    { href: myRequestsHref(), title: t.nav.requests },
    { href: searchHref(), title: t.search.title },
  ];
  return (
    <Page title={w.title} description={w.intro} addressable={false}>
      <div data-offline-page>
        <p>{w.intro}</p>
        <p>{w.later}</p>
        <p>{w.available}</p>
        <ul class="link-list" id="offline-pages">
          {available.map((page) => (
            <li key={page.href} data-guide={'guide' in page ? page.guide : undefined}><a href={page.href}>{page.title}</a></li>
          ))}
        </ul>
      </div>
    </Page>
  );
}
