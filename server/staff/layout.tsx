import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'hono';
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { renderInChinese } from '../pages/render.tsx';
import { site } from '../../src/config/site.ts';
import { zhHans } from '../../src/i18n/zh-Hans.ts';
import type { Staff } from './accounts.ts';
import { staffText as s } from './text.ts';

/** Staff-only styles, served from the server (never part of the citizens' build or precache). */
export const STAFF_CSS_PATH = '/staff/staff.css';

/** The site's built stylesheet, found in the prerendered home page, so staff pages look like the rest of the site. */
export function siteStylesheet(distDir: string): string | undefined {
  try {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    return /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  } catch {
    return undefined;
  }
}

interface StaffFrame {
  stylesheet?: string;
  staff?: Staff;
}

export const StaffFrameContext = createContext<StaffFrame>({});

export type StaffSection = 'requests' | 'reports';

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
 * Every staff page's frame: a whole HTML document, rendered on the server, with no script at all. The navigation
 * shows who is signed in, the requests and the annual report, and the sign-out button.
 */
export function StaffPage({ title, hasErrors = false, section, trail, children }: StaffPageProps) {
  const frame = useContext(StaffFrameContext);
  const current = (item: StaffSection) => (item === section ? 'page' : undefined);
  return (
    <html lang="zh-Hans">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${hasErrors ? zhHans.errorPrefix : ''}${title} - ${s.console} - ${site.appName}`}</title>
        {frame.stylesheet && <link rel="stylesheet" href={frame.stylesheet} />}
        <link rel="stylesheet" href={STAFF_CSS_PATH} />
      </head>
      <body>
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
                <li><a class="site-nav__link" href="/staff/" aria-current={current('requests')}>{s.nav.requests}</a></li>
                <li><a class="site-nav__link" href="/staff/reports/" aria-current={current('reports')}>{s.nav.reports}</a></li>
                <li>
                  <form method="post" action="/staff/sign-out" class="staff-sign-out">
                    <button type="submit" class="site-nav__link staff-sign-out__button">{s.nav.signOut}</button>
                  </form>
                </li>
              </ul>
            </nav>
          )}
        </header>
        <main id="main" class="width-container" tabIndex={-1}>
          {trail && trail.length > 0 && (
            <nav class="breadcrumbs" aria-label={zhHans.breadcrumbs}>
              <ol>
                {trail.map((crumb) => <li key={crumb.href}><a href={crumb.href}>{crumb.label}</a></li>)}
              </ol>
            </nav>
          )}
          <h1 class="page-title">{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

/** Answers with a staff page: never cached, since it holds personal data. */
export function staffHtml(c: Context, page: preact.JSX.Element, frame: StaffFrame, status: 200 | 400 | 403 | 404 | 409 | 422 | 429 = 200, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html>${renderInChinese(<StaffFrameContext.Provider value={frame}>{page}</StaffFrameContext.Provider>)}`;
  return c.html(html, status, { ...headers, 'Cache-Control': 'no-store' });
}
