import { type Context, Hono } from 'hono';
import { answersHref, catalogueHref, contentFileHref, guidesHref, qrHref } from '../../src/addresses/addresses.ts';
import { Page } from '../../src/components/Page/Page.tsx';
import type { Disclosure, Guide as GuideData } from '../../src/content/schema.ts';
import { loadMessages } from '../../src/i18n/index.ts';
import { answerWords } from '../../src/content/answers/words.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import DisclosureItem from '../../src/pages/DisclosureItem.tsx';
import Guide, { words as guidePageWords } from '../../src/pages/Guide.tsx';
import { loadPageWords } from '../../src/i18n/page-words.ts';
import { renderMarkdown } from '../../build/content/load.ts';
import { localiseItem } from '../../build/content/localise.ts';
import { toTraditional } from '../../build/i18n/traditional.ts';
import type { Database } from '../db/database.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { renderPage } from '../pages/render.tsx';
import { chinaDate } from '../requests/due-date.ts';
import { AnswerPage, localisedAnswer } from './answer-pages.tsx';
import { type Collection, collections, itemHrefs as hrefs, SLUG } from './fields.ts';
import { type Credit, findPublished, type PublishedItem } from './public.ts';
import { creditWords, withdrawnText } from './public-text.ts';
import { currentOverlay, type OverlayOptions } from './overlay.ts';
import { type PublishedOverlay, publishedItemId, publishedOverlayId, type PublishedPageItem } from '../../src/content/published.ts';

/**
 * The pages of the items staff publish (issue 14 point 4): `/disclosure/<slug>/`, `/guides/<slug>/` and the answers'
 * `/ask/answers/<slug>/` (issue 17 point 3, ./answer-pages.tsx), in each
 * language (`/zh-Hant/…`, `/en/…`), rendered at run time by the server's page renderer from the app's own
 * `DisclosureItem` and `Guide` inside `Page`, as the build prerenders the shipped ones; their QR codes
 * (`/qr/…/<slug>.svg`); and 410 for a withdrawn item. Mounted before the build's files: a shipped item staff have
 * edited is answered from the database, not from its stale prerendered file. An address staff never published
 * goes on to the build's file or the not-found page.
 *
 * They read without JavaScript, and are hydrated: each embeds its item as rendered and the published overlay, which
 * the app's item route renders rather than the build's text (src/content/published-gate.ts).
 */
export interface ContentPagesOptions extends OverlayOptions {
  assets: BuildAssets;
  db: Database;
}

/**
 * A published item as the page components take it in `locale`: Markdown rendered and localised as the build does;
 * a catalogue item's attached files after its other attachments, each at its own address (./public-files.ts).
 */
export function localisedItem(item: PublishedItem, locale: Locale): Disclosure | GuideData {
  const files = item.files.map((file) => ({ title: file.name, href: contentFileHref(hrefs[item.collection](item.slug), file.id, file.name) }));
  const withFiles = (fields: PublishedItem['fields']) =>
    item.collection === 'disclosure' ? { ...fields, attachments: [...((fields.attachments as Disclosure['attachments'] | undefined) ?? []), ...files] } : fields;
  const chinese = { ...withFiles(item.fields), slug: item.slug, html: renderMarkdown(item.body) } as unknown as Disclosure | GuideData;
  const english = item.english && ({ ...withFiles(item.english.fields), slug: item.slug, html: renderMarkdown(item.english.body) } as unknown as Disclosure | GuideData);
  return localiseItem(chinese, locale, english ?? undefined);
}

/** The credits in `locale`: names in traditional characters on the traditional page, like every other word there. */
const localisedCredits = (credits: Credit[], locale: Locale): Credit[] =>
  locale === 'zh-Hant' ? credits.map((credit) => ({ ...credit, label: toTraditional(credit.label), name: toTraditional(credit.name) })) : credits;

/**
 * The whole page of a published item at `url` (its address in `locale`). `preview`: a draft as it will be published
 * (server/content/console/preview.tsx), the same page but with no canonical address or QR code, and kept out of search engines.
 * Given the `overlay` of `locale` (a published page), the page is hydrated: it embeds the item as rendered
 * (`PublishedPageItem`) and the overlay, and the app's item route renders that (src/content/published-client.ts);
 * without it (a preview), the page is left as rendered.
 */
export async function publishedPage(assets: BuildAssets, item: PublishedItem, locale: Locale, url: string, preview = false, overlay?: PublishedOverlay): Promise<string> {
  const [messages] = await Promise.all([loadMessages(locale), loadPageWords({ words: guidePageWords }, locale)]);
  const credits = { words: creditWords[locale], credits: localisedCredits(item.credits, locale) };
  const addressable = !preview;
  if (item.collection === 'answers') {
    // Not hydrated: the app has no answer page of its own, so a link from one is a page load (src/app/App.tsx).
    const page = <AnswerPage item={localisedAnswer(item, locale)} credits={credits} addressable={addressable} />;
    return renderPage(assets, { url, messages, hydrate: false, ...(preview && { robots: 'noindex, nofollow' }) }, page);
  }
  const embedded: PublishedPageItem =
    item.collection === 'disclosure'
      ? { collection: 'disclosure', item: localisedItem(item, locale) as Disclosure, credits }
      : { collection: 'guides', item: localisedItem(item, locale) as GuideData, credits };
  const page =
    embedded.collection === 'disclosure' ? (
      <DisclosureItem item={embedded.item} credits={credits} addressable={addressable} />
    ) : (
      <Guide item={embedded.item} credits={credits} addressable={addressable} />
    );
  const hydrated = overlay && !preview && { hydrate: true, suspensions: 1, embeds: { [publishedItemId]: embedded, [publishedOverlayId]: overlay } };
  return renderPage(assets, { url, messages, hydrate: false, ...(preview && { robots: 'noindex, nofollow' }), ...hydrated }, page);
}

/** The page a withdrawn item's address answers with: that it was withdrawn, and on which China date. */
export async function withdrawnPage(assets: BuildAssets, collection: Collection, at: string, locale: Locale, url: string): Promise<string> {
  const messages = await loadMessages(locale);
  const text = withdrawnText[locale];
  const list = { disclosure: catalogueHref, guides: guidesHref, answers: answersHref }[collection];
  const section = { href: list(), label: { disclosure: messages.disclosure.title, guides: messages.guides.title, answers: answerWords[messages.lang].title }[collection] };
  const date = chinaDate(new Date(at));
  return renderPage(
    assets,
    { url, messages, hydrate: false },
    // Not addressable: no canonical address or QR code for a page that is no longer published.
    <Page title={text.title} description={text.description} trail={[section]} addressable={false}>
      <p>{text.body(date)}</p>
      <p><a href={list(locale)}>{section.label}</a></p>
    </Page>,
  );
}

export function contentPublicRoutes(options: ContentPagesOptions): Hono {
  const routes = new Hono();
  const { assets, db } = options;
  const published = (collection: Collection, slug: string | undefined) => (slug && SLUG.test(slug) ? findPublished(db, collection, slug) : Promise.resolve(undefined));

  for (const collection of collections) {
    for (const locale of locales) {
      routes.get(hrefs[collection](':slug', locale), async (c: Context, next) => {
        const answer = await published(collection, c.req.param('slug'));
        if (!answer) return next();
        // Revalidated on every visit: publishing again or withdrawing changes the page.
        const headers = { 'Cache-Control': 'no-cache' };
        if ('withdrawn' in answer) return c.html(await withdrawnPage(assets, collection, answer.withdrawn.at, locale, c.req.path), 410, headers);
        return c.html(await publishedPage(assets, answer, locale, c.req.path, false, await currentOverlay(options, locale)), 200, headers);
      });

      // `/disclosure/<slug>` without its slash: server/http/canonical.ts adds it only where the build has a file.
      routes.get(hrefs[collection](':slug', locale).slice(0, -1), async (c, next) => {
        const slug = c.req.param('slug');
        return (await published(collection, slug)) ? c.redirect(hrefs[collection](slug!, locale), 301) : next();
      });

      /** The page's QR code, as the build makes one for each of its pages (build/site-files/plugin.ts), for printing. */
      // `/qr/en/guides/:file`: a route parameter cannot end in `.svg`.
      routes.get(qrHref(hrefs[collection](':file', locale)).replace(/\.svg$/, ''), async (c, next) => {
        const slug = /^(.+)\.svg$/.exec(c.req.param('file') ?? '')?.[1];
        const answer = await published(collection, slug);
        if (!answer || 'withdrawn' in answer) return next();
        // Loaded when first asked for: the server starts without it.
        const { default: QRCode } = await import('qrcode');
        const svg = await QRCode.toString(`${assets.siteUrl}${hrefs[collection](answer.slug, locale)}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        return c.body(svg, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache' });
      });
    }
  }
  return routes;
}
