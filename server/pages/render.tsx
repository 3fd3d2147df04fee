import { type ComponentChildren, h, type VNode } from 'preact';
import { render, renderToStringAsync } from 'preact-render-to-string';
import { lazy, LocationProvider } from 'preact-iso';
import { staticHead, type HeadTag } from '../../build/document/static-head.ts';
import { Layout } from '../../src/app/Layout.tsx';
import { alternateLinks, canonicalUrl, defaultHead, documentTitle, type Head, takeHead } from '../../src/components/Page/head.ts';
import { MessagesContext, type Messages } from '../../src/i18n/index.ts';
import { zhHans } from '../../src/i18n/zh-Hans.ts';
import type { BuildAssets } from './assets.ts';

/**
 * The one place the server writes an HTML document. Citizen pages (the request form without JavaScript, its
 * confirmation, published annual reports, not-found pages) are the app's own layout around the app's `Page`,
 * rendered with Preact's server renderer, so their head (title, "错误：", description, language, canonical and
 * alternate addresses) comes from the same code as the prerendered pages'. The staff console writes its own frame
 * into `renderDocument`. From the build, only the asset addresses are used (./assets.ts).
 */

/** A whole document's parts, for `renderDocument`. */
export interface DocumentParts {
  /** The `lang` of `<html>`: `zh-Hans`, `zh-Hant`, `en`. */
  lang: string;
  /** The document title as it is to be read, whole (`错误：申请人信息 - 残联信息公开`). */
  title: string;
  /** The shared tags that open the head: build/document/static-head.ts's `staticHead` or `minimalHead`. */
  tags: readonly HeadTag[];
  description?: string;
  /** Absolute address of the page, for `<link rel="canonical">`. */
  canonical?: string;
  /** The same page in each language, for `<link rel="alternate" hreflang>`. */
  alternates?: { rel: string; hreflang: string; href: string }[];
  /** `noindex, nofollow` for pages search engines must not keep. */
  robots?: string;
  /** Root-relative stylesheet addresses, in order. */
  stylesheets: string[];
  /**
   * True when the head carries the critical CSS inline (`staticHead`): the stylesheets then come after the content,
   * where they hold up no paint (build/document/head-plugin.ts, `afterFirstPaint`). Otherwise in the head.
   */
  stylesheetsAfterContent?: boolean;
  /** The app's entry module, for a page the app hydrates; none for a page that must stay as it is. */
  script?: string;
  /** Everything inside `<body>`, as Preact rendered it: the head is written after the body, from what it rendered. */
  body: string;
}

/**
 * `<!doctype html>` and the document, as a string. The elements are Preact's: text and attributes are escaped,
 * nothing is pasted in. Void elements are closed the way Preact's server renderer closes them (`<meta/>`), which
 * HTML allows.
 */
export function renderDocument(parts: DocumentParts): string {
  // After the content, the stylesheets and the module are what the first paint does not wait for (head-plugin.ts).
  const later = parts.stylesheetsAfterContent ? { fetchpriority: 'low' as const } : {};
  const stylesheets = parts.stylesheets.map((href) => <link rel="stylesheet" crossOrigin="anonymous" href={href} {...later} />);
  const document = (
    <html lang={parts.lang}>
      <head>
        {/* An inline script's or style's text as it is: the Content-Security-Policy allows it by its exact hash. */}
        {parts.tags.map(({ tag, attrs, children }) => h(tag, children === undefined ? { ...attrs } : { ...attrs, dangerouslySetInnerHTML: { __html: children } }))}
        <title>{parts.title}</title>
        {parts.description !== undefined && <meta name="description" content={parts.description} />}
        {parts.robots && <meta name="robots" content={parts.robots} />}
        {parts.canonical && <link rel="canonical" href={parts.canonical} />}
        {parts.alternates?.map((link) => <link {...link} />)}
        {!parts.stylesheetsAfterContent && stylesheets}
        {parts.script && <script type="module" crossOrigin="anonymous" src={parts.script} {...later} />}
      </head>
      <body dangerouslySetInnerHTML={{ __html: parts.stylesheetsAfterContent ? parts.body + render(<>{stylesheets}</>) : parts.body }} />
    </html>
  );
  return `<!doctype html>${render(document)}`;
}

/** How a citizen page is answered. */
export interface PageRequest {
  /**
   * The address of the page shown, path and query (`/en/request/details/`): the layout marks the navigation and
   * links the language switch from it, and `Page` takes its canonical address from it.
   */
  url: string;
  /** The interface text of the page's language (`loadMessages(locale)`). */
  messages: Messages;
  /**
   * True for a page the app takes over once its scripts run (not-found pages, as the prerendered one was). False
   * for pages the app's code must not hydrate, because it would replace what the server rendered: the no-JavaScript
   * form's steps and confirmation, a published report the build does not know. The inline boot script stays on
   * both, so the person's display settings apply before the first paint.
   */
  hydrate: boolean;
  /**
   * False for a page that exists in one language only (a published report): no `hreflang` alternates then. The
   * language switch still links the other languages' addresses, which answer with their not-found page.
   */
  inEveryLanguage?: boolean;
  /** `noindex, nofollow` for a page search engines must not keep (a draft's preview). */
  robots?: string;
  /**
   * How many times the app suspends on its way to this page while hydrating (`APP_SUSPENSIONS` by default): one for
   * a list route or an item route that finds its item in the page (src/app/contentRoute.tsx), as the prerendered
   * pages have.
   */
  suspensions?: number;
  /**
   * Data the app reads while hydrating, by element id (src/content/published.ts: the published overlay and item):
   * each written after `#app` as `<script type="application/json" id="…">`, which runs nothing.
   */
  embeds?: Record<string, unknown>;
}

/**
 * `data` as the text of a `<script type="application/json">`: JSON with every `<` escaped, so that no text in it
 * (`</script>`, `<!--`) can end the element or change how it is read.
 */
export const embeddedJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * While hydrating, the app loads a route's code lazily: a content route (`/guides/:slug`), then, for an unknown
 * item, the not-found page. Preact keeps the server's HTML for a suspended component only within a range marked as
 * suspended (`<!--$s-->…<!--/$s-->`), and otherwise keeps one element and drops the rest until the code arrives.
 * So the page's body is rendered inside as many ranges as the app may suspend on its way to the same page.
 */
const APP_SUSPENSIONS = 2;

function suspendedRanges(children: ComponentChildren, depth: number): ComponentChildren {
  if (depth === 0) return children;
  const Range = lazy(() => Promise.resolve(() => <>{suspendedRanges(children, depth - 1)}</>));
  return <Range />;
}

/**
 * A whole citizen page: the app's `Layout` at `request.url`, with `page` (an element whose root is the app's
 * `Page`) as its main content, in `request.messages`' language. Returns the document, `<!doctype html>` first.
 *
 * `Page` records the head while it renders (src/components/Page/head.ts); it is taken by the element rendered right
 * after it, in the same synchronous stretch of rendering, so that pages rendered at the same time never swap heads.
 * Throws what rendering throws.
 */
export async function renderPage(assets: BuildAssets, request: PageRequest, page: VNode): Promise<string> {
  const url = new URL(request.url, 'http://server.invalid');
  const location = {
    url: `${url.pathname}${url.search}`,
    path: url.pathname.replace(/\/+$/g, '') || '/',
    query: Object.fromEntries(url.searchParams),
    // A server page is read once; nothing routes on the server.
    route: () => undefined,
    back: () => undefined,
    forward: () => undefined,
  };
  let head: Head = defaultHead;
  const TakeHead = () => {
    head = takeHead();
    return null;
  };
  const content = (
    <>
      {page}
      <TakeHead />
    </>
  );
  const body = await renderToStringAsync(
    <MessagesContext.Provider value={request.messages}>
      <LocationProvider.ctx.Provider value={location}>
        {/* The prerendered pages' frame: main.tsx hydrates `#app`. */}
        <div id="app">
          <Layout>{request.hydrate ? suspendedRanges(content, request.suspensions ?? APP_SUSPENSIONS) : content}</Layout>
        </div>
        {Object.entries(request.embeds ?? {}).map(([id, data]) => (
          <script type="application/json" id={id} dangerouslySetInnerHTML={{ __html: embeddedJson(data) }} />
        ))}
      </LocationProvider.ctx.Provider>
    </MessagesContext.Provider>,
  );
  const alternates = head.path && request.inEveryLanguage !== false ? alternateLinks(head.path) : undefined;
  return renderDocument({
    lang: head.lang,
    title: documentTitle(head.title, head.names),
    tags: staticHead(await assets.inlineHead),
    description: head.description,
    robots: request.robots,
    canonical: head.path && canonicalUrl(head.path),
    alternates,
    stylesheets: assets.stylesheets,
    stylesheetsAfterContent: true,
    script: request.hydrate ? assets.entryScript : undefined,
    body,
  });
}

/**
 * Server-rendered parts outside the app's languages (the staff console, the annual report's staff pages) are in
 * simplified Chinese: the citizen components they share read their text from it.
 */
export function renderInChinese(node: ComponentChildren): string {
  return render(<MessagesContext.Provider value={zhHans}>{node}</MessagesContext.Provider>);
}
