import { LocationProvider, Route, Router } from 'preact-iso';
import { contentRoute } from './contentRoute.tsx';
import { Layout } from './Layout.tsx';
import { fallBackToPageLoad, lazyRoute } from './navigation.ts';
import { formSteps } from '../pages/request/steps.ts';

const NotFound = lazyRoute(() => import('../pages/NotFound.tsx'));
const Home = lazyRoute(() => import('../pages/Home.tsx'));
const GuideList = lazyRoute(() => import('../pages/GuideList.tsx'));
const Catalogue = lazyRoute(() => import('../pages/Catalogue.tsx'));
const MyRequests = lazyRoute(() => import('../pages/MyRequests.tsx'));
const RequestStep = lazyRoute(() => import('../pages/request/RequestStep.tsx'));
const CheckAnswers = lazyRoute(() => import('../pages/request/CheckAnswers.tsx'));
const Search = lazyRoute(() => import('../pages/Search.tsx'));
const Offline = lazyRoute(() => import('../pages/Offline.tsx'));

const Guide = contentRoute({
  param: 'slug',
  page: () => import('../pages/Guide.tsx'),
  section: () => import('virtual:content/guides'),
  notFound: NotFound,
});
const DisclosureItem = contentRoute({
  param: 'slug',
  page: () => import('../pages/DisclosureItem.tsx'),
  section: () => import('virtual:content/disclosure'),
  notFound: NotFound,
});
const Report = contentRoute({
  param: 'year',
  page: () => import('../pages/Report.tsx'),
  section: () => import('virtual:content/reports'),
  notFound: NotFound,
  // A year published from the staff console after the build: the server renders it, so a client-side navigation
  // becomes a page load (server/reports/public.tsx); while hydrating, the page already on screen stays.
  missing: (year) => (/^\d{4}$/.test(year) ? fallBackToPageLoad() : NotFound),
});
/** Contacts, accessibility statement, privacy notice, how to request: plain content files. */
const ContentPage = contentRoute({
  param: 'slug',
  page: () => import('../pages/ContentPage.tsx'),
  section: () => import('virtual:content/pages'),
  notFound: NotFound,
});

function RequestFormStep({ step }: { step: string }) {
  const known = formSteps.find((candidate) => candidate.slug === step);
  return known ? <RequestStep step={known.slug} /> : <NotFound />;
}

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <Router>
          <Route path="/" component={Home} />
          <Route path="/guides" component={GuideList} />
          <Route path="/guides/:slug" component={Guide} />
          <Route path="/disclosure" component={Catalogue} />
          <Route path="/disclosure/:slug" component={DisclosureItem} />
          <Route path="/reports/:year" component={Report} />
          <Route path="/request/check" component={CheckAnswers} />
          <Route path="/request/:step" component={RequestFormStep} />
          <Route path="/requests" component={MyRequests} />
          <Route path="/requests/:id" component={MyRequests} />
          <Route path="/search" component={Search} />
          <Route path="/offline" component={Offline} />
          <Route path="/:slug" component={ContentPage} />
          <Route default component={NotFound} />
        </Router>
      </Layout>
    </LocationProvider>
  );
}
