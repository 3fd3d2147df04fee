import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { qrHref, reportDataHref, reportHref, reportsApiHref } from '../../src/addresses/addresses.ts';
import { zhHans } from '../../src/i18n/zh-Hans.ts';
import { PublishedReport } from './PublishedReport.tsx';
import { reportText } from './text.ts';
import type { Database } from '../db/database.ts';
import { reportCsv, reportJson } from './export.ts';
import { type BuildAssets, buildAssets, siteUrlOf } from '../pages/assets.ts';
import { renderPage } from '../pages/render.tsx';
import { renderNarrative } from './markdown.ts';
import { chinaDate } from '../requests/due-date.ts';
import { publishedReport, publishedYears, type PublishedReport as Published } from './store.ts';
import type { CatalogueEntry } from '../../src/content/published.ts';

/**
 * The published annual reports, for everyone: `/reports/<year>/` (a page), `report.csv` and `report.json`; the
 * sitemap lists the published years (server/sitemap/sitemap.ts, with `withPublishedYears`). A year whose report is a
 * content file (2017, from the seed) keeps its prerendered page: the build's files win.
 *
 * The page is rendered by the server's page renderer in the site's layout, without the app's scripts, so it reads
 * without JavaScript and is not hydrated by an app that does not know the year (the app sends an unknown year to the
 * server with a full page load: see the `missing` route of `Report` in src/app/App.tsx). The service worker keeps it like any
 * page it has shown, stale-while-revalidate.
 */
export interface ReportPublicOptions {
  /** The build: its pages win over published years, its stylesheet styles the page. */
  distDir: string;
  db: Database;
}

const YEAR = /^\d{4}$/;

export function withPublishedYears(sitemap: string, years: number[]): string {
  const base = siteUrlOf(sitemap);
  const missing = years.map((year) => `${base}/reports/${year}/`).filter((url) => !sitemap.includes(`<loc>${url}</loc>`));
  if (!missing.length) return sitemap;
  return sitemap.replace('</urlset>', `${missing.map((url) => `  <url><loc>${url}</loc></url>\n`).join('')}</urlset>`);
}

/** The published report's page, whole: the Markdown rendered safely, in simplified Chinese, the report's language. */
export function reportPage(assets: BuildAssets, report: Published): Promise<string> {
  return renderPage(
    assets,
    // Published in one language; the app must not hydrate a year its build does not know.
    { url: reportHref(report.year), messages: zhHans, hydrate: false, inEveryLanguage: false },
    <PublishedReport
      year={report.year}
      figures={report.figures}
      publishedOn={chinaDate(report.publishedAt)}
      narrative={{
        overview: renderNarrative(report.overview),
        problems: renderNarrative(report.problems),
        otherMatters: renderNarrative(report.otherMatters),
      }}
    />,
  );
}

const hasBuiltPage = (distDir: string, year: string) => readFile(join(distDir, 'reports', year, 'index.html'), 'utf8').then(() => true, () => false);

/**
 * The reports published from the staff console that the build in `distDir` has no page of, as catalogue entries
 * (build/content/plugin.ts's shape), newest first: in simplified Chinese only, at their one address (`chineseOnly`).
 * The published overlay lists them (server/content/overlay.ts).
 */
export async function unbuiltReports(db: Database, distDir: string): Promise<CatalogueEntry[]> {
  const entries: CatalogueEntry[] = [];
  for (const { year, publishedAt } of await publishedYears(db)) {
    if (await hasBuiltPage(distDir, String(year))) continue;
    entries.push({
      slug: String(year),
      title: reportText.title(year),
      summary: reportText.description(year),
      category: 'reports',
      date: chinaDate(publishedAt),
      lang: 'zh-Hans',
      href: reportHref(year),
      chineseOnly: true,
    });
  }
  return entries;
}

export function reportPublicRoutes(options: ReportPublicOptions): Hono {
  const routes = new Hono();
  const assets = buildAssets(options.distDir);
  const builtPage = (year: string) => hasBuiltPage(options.distDir, year);

  /** A published year with no page in the build, or undefined. */
  const published = async (year: string) => (YEAR.test(year) && !(await builtPage(year)) ? publishedReport(options.db, Number(year)) : undefined);

  routes.get(reportHref(':year'), async (c, next) => {
    const report = await published((c.req.param('year') ?? ''));
    if (!report) return next();
    // Revalidated on every visit: publishing again replaces the report.
    return c.html(await reportPage(assets, report), 200, { 'Cache-Control': 'no-cache' });
  });

  routes.get(reportHref(':year').slice(0, -1), async (c, next) => ((await published((c.req.param('year') ?? ''))) ? c.redirect(reportHref((c.req.param('year') ?? '')), 301) : next()));

  routes.get(reportDataHref(':year', 'csv'), async (c, next) => {
    const report = await published((c.req.param('year') ?? ''));
    if (!report) return next();
    return c.body(reportCsv(report), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="report-${report.year}.csv"`,
      'Cache-Control': 'no-cache',
    });
  });

  routes.get(reportDataHref(':year', 'json'), async (c, next) => {
    const report = await published((c.req.param('year') ?? ''));
    if (!report) return next();
    return c.json(reportJson(report, reportText.title(report.year)), 200, { 'Cache-Control': 'no-cache' });
  });

  /** The page's QR code, as the build makes one for each of its pages (build/site-files/plugin.ts), for printing. */
  // `qrHref(reportHref(year))`, matched as `/qr/reports/:file`: a route parameter cannot end in `.svg`.
  routes.get(qrHref(reportHref(':file')).replace(/\.svg$/, ''), async (c, next) => {
    const year = /^(\d{4})\.svg$/.exec((c.req.param('file') ?? ''))?.[1];
    const report = year && (await published(year));
    if (!report) return next();
    // Loaded when first asked for: the server starts without it.
    const { default: QRCode } = await import('qrcode');
    const svg = await QRCode.toString(`${assets.siteUrl}${reportHref(report.year)}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' });
  });

  /** For the catalogue: reports published after the build, in the shape of its own entries. */
  routes.get(reportsApiHref, async (c) => c.json(await unbuiltReports(options.db, options.distDir), 200, { 'Cache-Control': 'no-store' }));

  return routes;
}
