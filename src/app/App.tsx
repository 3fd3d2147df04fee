import type { ComponentType } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import {
  answerHref, answersHref, askHref, catalogueHref, contentPageHref, disclosureHref, guideHref, guidesHref, homeHref, myRequestHref, myRequestsHref,
  offlineHref, reportHref,
  requestStepHref, searchHref,
} from '../addresses/addresses.ts';
import { MessagesContext, type Messages } from '../i18n/index.ts';
import { type Locale, localeScope } from '../i18n/locales.ts';
import { contentSections } from './content-sections.ts';
import { contentRoute, listRoute } from './contentRoute.tsx';
import { Layout } from './Layout.tsx';
import { fallBackToPageLoad, lazyRoute } from '../components/Page/navigation.ts';
import { loadPageWords, type WithWords } from '../i18n/page-words.ts';

type Routes = [path: string, component: ComponentType<any>][];

/**
 * One language's routes, at that language's addresses (`/guides/:slug/`, `/en/guides/:slug/`): each page's
 * code is shared, its content and its request-form text are the language's own. The patterns are the address
 * builder's own addresses with a `:param` in place of the part that varies, so a route and the links to it
 * cannot disagree (preact-iso ignores the trailing slash when it matches).
 */
function routesFor(locale: Locale): { routes: Routes; notFound: ComponentType } {
  const sections = contentSections[locale];
  /** A page whose module names its own words (the request pages, the offline page): they load once its code has. */
  const withWords = <T,>(load: () => Promise<{ default: T } & WithWords>) =>
    lazyRoute(() => load().then(async (module) => (await loadPageWords(module, locale)).default));

  const NotFound = lazyRoute(() => import('../pages/NotFound.tsx'));
  // A section's module is the page's props as it is (build/content/plugin.ts names its exports after them).
  const Home = listRoute(locale, () => import('../pages/Home.tsx'), sections.home);
  const GuideList = listRoute(locale, () => import('../pages/GuideList.tsx'), sections.guides);
  const Catalogue = listRoute(locale, () => import('../pages/Catalogue.tsx'), sections.disclosure);
  // The build ships no published answers: the list is what staff published (src/content/published-client.ts).
  const AnswerList = listRoute(locale, () => import('../pages/AnswerList.tsx'), () => Promise.resolve({ items: [] }));
  // An answer's page is the server's alone (server/content/answer-pages.tsx): reached from the app, it is loaded.
  const AnswerPage = lazyRoute(() => fallBackToPageLoad());
  const RequestList = withWords(() => import('../requests/status/RequestList.tsx'));
  const loadRequestDetail = () => import('../requests/status/RequestDetail.tsx');
  const RequestDetail = withWords(loadRequestDetail);
  const RequestStep = withWords(() => import('../requests/form/RequestStep.tsx'));
  // Sending leads to the request's own page, often with no signal: its code comes with the check page.
  const CheckAnswers = withWords(() => Promise.all([import('../requests/form/CheckAnswers.tsx'), loadRequestDetail()]).then(([page]) => page));
  const Search = lazyRoute(() => import('../pages/Search.tsx').then((module) => module.whenReady(locale)));
  const Offline = withWords(() => import('../pages/Offline.tsx'));
  // The mailbox's form (issue 17), with its text. Asked from a page (`?page=`), it comes with the lists whose titles
  // name that page; opened directly, without them. Two routes rather than one that loads the lists itself: preact-iso's
  // Router left the previous page on screen when a route suspended again once its code had loaded (e2e/ask.spec.ts).
  const loadAsk = (named: boolean) => import('../questions/form/route.tsx').then((module) => module.askRoute(locale, named ? sections : undefined));
  const AskDirect = lazyRoute(() => loadAsk(false));
  const AskNamed = lazyRoute(() => loadAsk(true));
  const Ask = ({ query }: { query: Record<string, string | undefined> }) => (query.page ? <AskNamed /> : <AskDirect />);

  const Guide = contentRoute({ locale, param: 'slug', page: () => import('../pages/Guide.tsx'), section: sections.guide, notFound: NotFound });
  const DisclosureItem = contentRoute({ locale, param: 'slug', page: () => import('../pages/DisclosureItem.tsx'), section: sections.disclosureItem, notFound: NotFound });
  const Report = contentRoute({
    locale,
    param: 'year',
    page: () => import('../pages/Report.tsx'),
    section: sections.report,
    notFound: NotFound,
    // A year published from the staff console after the build: the server renders it, so a client-side navigation
    // becomes a page load (server/reports/public.tsx); while hydrating, the page already on screen stays.
    missing: (year) => (/^\d{4}$/.test(year) ? fallBackToPageLoad() : NotFound),
  });
  /** Contacts, accessibility statement, privacy notice, how to request: plain content files. */
  const ContentPage = contentRoute({ locale, param: 'slug', page: () => import('../pages/ContentPage.tsx'), section: sections.page, notFound: NotFound });

  const RequestFormStep = ({ step }: { step: string }) => <RequestStep step={step} notFound={NotFound} />;

  const routes: Routes = [
    [homeHref(locale), Home],
    [guidesHref(locale), GuideList],
    [guideHref(':slug', locale), Guide],
    [catalogueHref(locale), Catalogue],
    [disclosureHref(':slug', locale), DisclosureItem],
    [answersHref(locale), AnswerList],
    [answerHref(':slug', locale), AnswerPage],
    [reportHref(':year', locale), Report],
    [requestStepHref('check', locale), CheckAnswers],
    [requestStepHref(':step', locale), RequestFormStep],
    [myRequestsHref(locale), RequestList],
    [myRequestHref(':id', locale), RequestDetail],
    [searchHref(undefined, locale), Search],
    [askHref(undefined, locale), Ask],
    [offlineHref(locale), Offline],
    [contentPageHref(':slug', locale), ContentPage],
  ];
  return { routes, notFound: NotFound };
}

const made = new Map<Locale, ReturnType<typeof routesFor>>();

/** The page's language is fixed for the life of the page: a link to another language loads that page. */
export function App({ messages }: { messages: Messages }) {
  const locale = messages.lang;
  if (!made.has(locale)) made.set(locale, routesFor(locale));
  const { routes, notFound } = made.get(locale)!;
  return (
    <MessagesContext.Provider value={messages}>
      <LocationProvider scope={localeScope(locale)}>
        <Layout>
          <Router>
            {routes.map(([path, component]) => <Route key={path} path={path} component={component} />)}
            <Route default component={notFound} />
          </Router>
        </Layout>
      </LocationProvider>
    </MessagesContext.Provider>
  );
}
