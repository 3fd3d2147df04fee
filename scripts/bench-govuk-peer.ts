/**
 * The peer the first visit is measured against (issue 16): the same bus-pass guide as a plain GOV.UK Frontend page,
 * with its own template, CSS, JavaScript, fonts and icons, from the `govuk-frontend` package, served the way our
 * server serves our build (server/http/static.ts: compressed, cached, with ETags). The page follows GOV.UK
 * Frontend's `template.njk` (head icons, the `js-enabled` script, skip link, header, main, footer, module script);
 * its main is our prerendered guide's, so the words are the same.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from '@playwright/test';
import { Hono } from 'hono';
import { serveDist } from '../server/http/static.ts';
import { guideHref } from '../src/addresses/addresses.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { firstVisitGuide, type trafficMeter } from './bench-first-visit.ts';

/** Where GOV.UK Frontend's built files are, or undefined when the package is not installed. */
function govukDist(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist/govuk');
  } catch {
    return undefined;
  }
}

function page(lang: Locale, title: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}" class="govuk-template">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta name="theme-color" content="#1d70b8">
    <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
    <link rel="icon" sizes="any" href="/assets/images/favicon.svg" type="image/svg+xml">
    <link rel="mask-icon" href="/assets/images/govuk-icon-mask.svg" color="#1d70b8">
    <link rel="apple-touch-icon" href="/assets/images/govuk-icon-180.png">
    <link rel="manifest" href="/assets/manifest.json">
    <link rel="stylesheet" href="/stylesheets/govuk-frontend.min.css">
  </head>
  <body class="govuk-template__body">
    <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
    <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
    <header class="govuk-header" data-module="govuk-header">
      <div class="govuk-header__container govuk-width-container">
        <div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage">牡丹江市残疾人联合会</a></div>
      </div>
    </header>
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content"><div class="govuk-body">${main}</div></main>
    </div>
    <footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"></div></div></footer>
    <script type="module" src="/javascripts/govuk-frontend.min.js"></script>
    <script type="module">import { initAll } from '/javascripts/govuk-frontend.min.js'; initAll();</script>
  </body>
</html>`;
}

export interface PeerVisit {
  locale: Locale;
  bytes: number;
  requests: number;
  /** Lighthouse's mobile Largest Contentful Paint of the peer page, in milliseconds, when `lcp` was given. */
  lcpMs?: number;
}

/**
 * Opens the peer page of the guide in each of `locales` in a fresh browser and counts what its server sent; undefined
 * when GOV.UK Frontend is not installed. `meter` wraps the peer's server, as the site's (scripts/bench-first-visit.ts);
 * `lcp`, given a page's address, measures its Lighthouse mobile LCP in milliseconds while the peer's server is up.
 */
export async function benchGovukPeer(
  browser: Browser,
  distDir: string,
  locales: Locale[],
  serve: (fetch: (request: Request) => Response | Promise<Response>) => Promise<{ origin: string; close: () => void }>,
  meter: (fetch: Hono['fetch']) => ReturnType<typeof trafficMeter>,
  lcp?: (url: string) => Promise<number | undefined>,
): Promise<PeerVisit[] | undefined> {
  const govuk = govukDist();
  if (!govuk) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'govuk-peer-'));
  try {
    cpSync(join(govuk, 'assets'), join(root, 'assets'), { recursive: true });
    mkdirSync(join(root, 'stylesheets'));
    mkdirSync(join(root, 'javascripts'));
    cpSync(join(govuk, 'govuk-frontend.min.css'), join(root, 'stylesheets/govuk-frontend.min.css'));
    cpSync(join(govuk, 'govuk-frontend.min.js'), join(root, 'javascripts/govuk-frontend.min.js'));
    for (const locale of locales) {
      const ours = readFileSync(join(distDir, guideHref(firstVisitGuide, locale), 'index.html'), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(ours)?.[1] ?? '';
      const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(ours)?.[1] ?? '';
      const dir = join(root, 'peer', locale);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), page(locale, title, main));
    }
    const app = new Hono();
    app.use(serveDist(root, async (c) => c.text('Not found', 404)));
    const counted = meter(app.fetch);
    const server = await serve(counted.fetch);
    const visits: PeerVisit[] = [];
    try {
      for (const locale of locales) {
        const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
        const tab = await context.newPage();
        counted.take();
        await tab.goto(`${server.origin}/peer/${locale}/`, { waitUntil: 'networkidle' });
        await context.close();
        const sent = counted.take();
        const lcpMs = await lcp?.(`${server.origin}/peer/${locale}/`);
        visits.push({ locale, bytes: sent.reduce((sum, one) => sum + one.bytes, 0), requests: sent.length, lcpMs });
      }
    } finally {
      server.close();
    }
    return visits;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
