import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { disclosureHref, publishedHref } from '../../src/addresses/addresses.ts';
import { byAnswerOrder, byDisclosureOrder, byGuideOrder } from '../../src/content/merge-published.ts';
import type { CatalogueEntry, PublishedOverlay } from '../../src/content/published.ts';
import type { AnswerSummary, DisclosureSummary, GuideSummary } from '../../src/content/schema.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { localiseItem } from '../../build/content/localise.ts';
import type { Queryable } from '../db/database.ts';
import { etagMatches } from '../http/negotiate.ts';
import { listPublished, listWithdrawn, type PublishedSummary } from './public.ts';

/**
 * `GET publishedHref(locale)` (`/published.json`, `/en/published.json`…): what staff have published, changed or
 * withdrawn since the build, in that language (`PublishedOverlay`, src/content/published.ts), for the catalogue, the
 * guide list and the home page to merge with the build's lists (src/content/merge-published.ts). Revalidated on
 * every visit (`no-cache`) with an ETag, so an unchanged overlay costs a 304.
 */

/** A published item's title and summary in `locale`, localised as its page is (build/content/localise.ts). */
function localised(item: PublishedSummary, locale: Locale) {
  const chinese = { ...item.fields, slug: item.slug, html: '' };
  const english = item.english && { ...item.english.fields, slug: item.slug, html: '' };
  return localiseItem(chinese, locale, english ?? undefined) as Record<string, unknown> & { lang: Locale };
}

/** A published catalogue item as the build lists it (build/content/plugin.ts `summaries`): the same `href`. */
function disclosureEntry(item: PublishedSummary, locale: Locale): DisclosureSummary {
  const text = localised(item, locale);
  return {
    slug: item.slug,
    title: String(text.title),
    summary: String(text.summary ?? ''),
    category: item.fields.category as DisclosureSummary['category'],
    date: String(item.fields.date),
    lang: text.lang,
    href: disclosureHref(item.slug),
  };
}

/** A published guide as the build lists it. */
function guideEntry(item: PublishedSummary, locale: Locale): GuideSummary {
  const text = localised(item, locale);
  return { slug: item.slug, title: String(text.title), summary: String(text.summary ?? ''), order: Number(item.fields.order), lang: text.lang };
}

/** A published answer as `/ask/answers/` lists it (src/pages/AnswerList.tsx). */
function answerEntry(item: PublishedSummary, locale: Locale): AnswerSummary {
  const text = localised(item, locale);
  return { slug: item.slug, title: String(text.title), topic: item.fields.topic as AnswerSummary['topic'], answered: String(item.fields.answered), lang: text.lang };
}

/**
 * Everything staff published and withdrew, in `locale`: the catalogue newest first, with `reports` (the annual reports
 * published from the console that the build lacks, server/reports/public.tsx `unbuiltReports`), the guides in their
 * order, the published answers newest first.
 */
export async function publishedOverlay(db: Queryable, locale: Locale, reports: CatalogueEntry[] = []): Promise<PublishedOverlay> {
  const [disclosure, guides, answers, withdrawnDisclosure, withdrawnGuides, withdrawnAnswers] = await Promise.all([
    listPublished(db, 'disclosure'),
    listPublished(db, 'guides'),
    listPublished(db, 'answers'),
    listWithdrawn(db, 'disclosure'),
    listWithdrawn(db, 'guides'),
    listWithdrawn(db, 'answers'),
  ]);
  return {
    disclosure: [...disclosure.map((item) => disclosureEntry(item, locale)), ...reports].sort(byDisclosureOrder),
    guides: guides.map((item) => guideEntry(item, locale)).sort(byGuideOrder),
    answers: answers.map((item) => answerEntry(item, locale)).sort(byAnswerOrder),
    withdrawn: { disclosure: withdrawnDisclosure, guides: withdrawnGuides, answers: withdrawnAnswers },
  };
}

/** The overlay's entity tag: the same text, the same tag, whichever process answers. */
export const overlayTag = (json: string): string => `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

/** Where the overlay is made from. */
export interface OverlayOptions {
  db: Queryable;
  /**
   * The annual reports published from the console that the build lacks (server/reports/public.tsx
   * `unbuiltReports`, given by server/app.ts: the reports import this folder, not the other way round).
   */
  reports?: () => Promise<CatalogueEntry[]>;
}

/** The overlay of `locale` as the server answers and embeds it: the published items and the unbuilt reports. */
export async function currentOverlay(options: OverlayOptions, locale: Locale): Promise<PublishedOverlay> {
  return publishedOverlay(options.db, locale, (await options.reports?.()) ?? []);
}

export function overlayRoutes(options: OverlayOptions): Hono {
  const routes = new Hono();
  for (const locale of locales) {
    routes.get(publishedHref(locale), async (c) => {
      const json = JSON.stringify(await currentOverlay(options, locale));
      const tag = overlayTag(json);
      // Revalidated on every visit: staff publish without a build. The worker asks it network first.
      const headers = { 'Cache-Control': 'no-cache', ETag: tag };
      if (etagMatches(c.req.header('If-None-Match'), tag)) return c.body(null, 304, headers);
      return c.body(json, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    });
  }
  return routes;
}
