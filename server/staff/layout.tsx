import type { Context } from 'hono';
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { minimalHead } from '../../build/document/static-head.ts';
import { buildAssets } from '../pages/assets.ts';
import { renderDocument, renderInChinese } from '../pages/render.tsx';
import { Breadcrumbs } from '../../src/components/Breadcrumbs/Breadcrumbs.tsx';
import { site } from '../../src/config/site.ts';
import { zhHans } from '../../src/i18n/zh-Hans.ts';
import type { Staff } from './accounts.ts';
import { staffText as s } from './text.ts';
import { staffContentHref, staffHolidaysHref, staffHref, staffQuestionsHref, staffReportsHref, staffSignOutHref, staffStylesheetHref } from '../../src/addresses/addresses.ts';

/** Staff-only styles, served from the server (never part of the citizens' build or precache). */
export const STAFF_CSS_PATH = staffStylesheetHref;

/**
 * The site's built stylesheet (`/assets/style-….css`), from the build's asset manifest, so staff pages look like the
 * rest of the site; undefined when the build in `distDir` has no manifest (the pages are then unstyled, not broken).
 */
export function siteStylesheet(distDir: string): string | undefined {
  try {
    return buildAssets(distDir).stylesheets[0];
  } catch {
    return undefined;
  }
}

interface StaffFrame {
  stylesheet?: string;
  staff?: Staff;
}

export const StaffFrameContext = createContext<StaffFrame>({});

/** What the page tells the document around it (`staffHtml`): its title, as the document title is to read. */
interface StaffHead {
  title?: string;
}

const StaffHeadContext = createContext<StaffHead>({});

export type StaffSection = 'requests' | 'questions' | 'content' | 'reports' | 'holidays';

interface StaffPageProps {
  title: string;
  /** A form page with errors: "错误：" goes before the document title, the first thing a screen reader says. */
  hasErrors?: boolean;
  /** The navigation item to mark as current. */
  section?: StaffSection;
  /** Links above the heading, the nearest last. */
  trail?: { href: string; label: string }[];
  children: ComponentChildren;
}

/**
 * Every staff page's frame, inside the document `staffHtml` writes: the skip link, the header with who is signed in,
 * the requests, the online mailbox, publishing, the annual report and the holidays, and the sign-out button, then the one h1. No script at all.
 */
export function StaffPage({ title, hasErrors = false, section, trail, children }: StaffPageProps) {
  const frame = useContext(StaffFrameContext);
  useContext(StaffHeadContext).title = `${hasErrors ? zhHans.errorPrefix : ''}${title} - ${s.console} - ${site.appName}`;
  const current = (item: StaffSection) => (item === section ? 'page' : undefined);
  return (
    <>
      <a class="skip-link" href="#main">{zhHans.skipLink}</a>
      <header class="site-header">
        <div class="width-container staff-header">
          <p class="site-header__name">
            <span class="site-header__federation">{site.name}</span>
            <span class="site-header__app">{site.appName} · {s.console}</span>
          </p>
          {frame.staff && <p class="staff-header__who">{s.nav.signedInAs(frame.staff.name)}</p>}
        </div>
        {frame.staff && (
          <nav class="site-nav" aria-label={s.nav.label}>
            <ul class="site-nav__list width-container">
              <li><a class="site-nav__link" href={staffHref} aria-current={current('requests')}>{s.nav.requests}</a></li>
              <li><a class="site-nav__link" href={staffQuestionsHref} aria-current={current('questions')}>{s.nav.questions}</a></li>
              <li><a class="site-nav__link" href={staffContentHref} aria-current={current('content')}>{s.nav.content}</a></li>
              <li><a class="site-nav__link" href={staffReportsHref} aria-current={current('reports')}>{s.nav.reports}</a></li>
              <li><a class="site-nav__link" href={staffHolidaysHref} aria-current={current('holidays')}>{s.nav.holidays}</a></li>
              <li>
                <form method="post" action={staffSignOutHref} class="staff-sign-out">
                  <button type="submit" class="site-nav__link staff-sign-out__button">{s.nav.signOut}</button>
                </form>
              </li>
            </ul>
          </nav>
        )}
      </header>
      {/* No tabindex, as GOV.UK: the skip link still moves the reading and Tab position there, and Orca does not call
          `main` "clickable" on every page. */}
      <main id="main" class="width-container">
        {/* Not the app's Breadcrumbs: those start at the citizens' home page and end with this page's title. */}
        {trail && trail.length > 0 && <Breadcrumbs home={false} trail={trail} />}
        <h1 class="page-title">{title}</h1>
        {children}
      </main>
    </>
  );
}

/**
 * Answers with a staff page (`page` renders a `StaffPage`), written by the server's one document renderer: never
 * cached, since it holds personal data, and never indexed.
 */
export function staffHtml(c: Context, page: preact.JSX.Element, frame: StaffFrame, status: 200 | 400 | 403 | 404 | 409 | 413 | 422 | 429 = 200, headers: Record<string, string> = {}): Response {
  const head: StaffHead = {};
  const body = renderInChinese(
    <StaffFrameContext.Provider value={frame}>
      <StaffHeadContext.Provider value={head}>{page}</StaffHeadContext.Provider>
    </StaffFrameContext.Provider>,
  );
  const html = renderDocument({
    lang: zhHans.lang,
    title: head.title ?? `${s.console} - ${site.appName}`,
    tags: minimalHead,
    robots: 'noindex, nofollow',
    stylesheets: [...(frame.stylesheet ? [frame.stylesheet] : []), STAFF_CSS_PATH],
    body,
  });
  return c.html(html, status, { ...headers, 'Cache-Control': 'no-store' });
}
