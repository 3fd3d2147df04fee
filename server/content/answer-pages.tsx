import { Hono } from 'hono';
import { answersHref, askHref } from '../../src/addresses/addresses.ts';
import { Credits, type CreditsLine } from '../../src/components/Credits/Credits.tsx';
import { Page } from '../../src/components/Page/Page.tsx';
import { site } from '../../src/config/site.ts';
import { hasNoAnswers } from '../../src/content/merge-published.ts';
import { publishedListsId, publishedOverlayId } from '../../src/content/published.ts';
import type { Answer } from '../../src/content/schema.ts';
import { loadMessages, useForeignLang, useMessages } from '../../src/i18n/index.ts';
import { answerWords } from '../../src/content/answers/words.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import AnswerList from '../../src/pages/AnswerList.tsx';
import { localiseItem } from '../../build/content/localise.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { renderPage } from '../pages/render.tsx';
import { currentOverlay, type OverlayOptions } from './overlay.ts';
import type { PublishedItem } from './public.ts';

/**
 * Published answers to the online mailbox's questions (issue 17 point 3): `/ask/answers/` in each language, the
 * list the build prerenders empty, rendered here with the overlay's answers once staff have published one, as the
 * catalogue is (./lists.tsx); and one answer's page, rendered by ./public-pages.tsx with `AnswerPage`.
 *
 * The question and the answer are plain text, printed as typed: paragraphs split by an empty line, never Markdown,
 * so nothing a person wrote becomes a link or a heading.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text as HTML paragraphs: split by empty lines, a single line break kept as `<br>`, every character escaped. */
export function plainTextHtml(text: string): string {
  return paragraphs(text)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The text's paragraphs: split by empty lines, each trimmed, none empty. */
export const paragraphs = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * A published answer in `locale`, as its page shows it: the answer's text as paragraphs in `html`, localised as
 * catalogue items are (build/content/localise.ts: traditional characters made from the simplified, the English staff
 * wrote, else the Chinese marked with its `lang`).
 */
export function localisedAnswer(item: Pick<PublishedItem, 'slug' | 'fields' | 'body' | 'english'>, locale: Locale): Answer {
  const chinese = { ...item.fields, slug: item.slug, html: plainTextHtml(item.body) } as unknown as Answer;
  const english = item.english && ({ ...item.fields, ...item.english.fields, slug: item.slug, html: plainTextHtml(item.english.body) } as unknown as Answer);
  return localiseItem(chinese, locale, english ?? undefined);
}

/** One answer's page: the question, the answer, what it is about and when it was answered, and who reviewed it. */
export function AnswerPage({ item, credits, addressable }: { item: Answer; credits?: CreditsLine; addressable?: boolean }) {
  const t = useMessages();
  const words = answerWords[t.lang];
  const textLang = useForeignLang()(item.lang);
  const question = paragraphs(item.question);
  return (
    <Page title={item.title} description={question[0] ?? item.title} trail={[{ href: askHref(), label: words.askTitle }, { href: answersHref(), label: words.title }]} lang={item.lang} addressable={addressable}>
      <p class="meta">
        {words.topic}{t.colon}{words.topics[item.topic]} · {words.answered}{t.colon}<time dateTime={item.answered}>{item.answered}</time>
      </p>
      <section aria-labelledby="question">
        <h2 id="question">{words.question}</h2>
        <div class="prose" lang={textLang}>{question.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}</div>
      </section>
      <section aria-labelledby="answer">
        <h2 id="answer">{words.answer}</h2>
        <div class="prose" lang={textLang} dangerouslySetInnerHTML={{ __html: item.html }} />
      </section>
      {credits && credits.credits.length > 0 && <Credits source={site.name} {...credits} />}
    </Page>
  );
}

export interface AnswerListOptions extends OverlayOptions {
  assets: BuildAssets;
}

/**
 * `GET answersHref(locale)`: once staff have published or withdrawn an answer, the list rendered with the overlay's
 * answers, hydrated from the props it embeds (src/pages/AnswerList.tsx `published`); before, the build's empty page.
 */
export function answerListRoutes(options: AnswerListOptions): Hono {
  const routes = new Hono();
  for (const locale of locales) {
    routes.get(answersHref(locale), async (c, next) => {
      const overlay = await currentOverlay(options, locale);
      if (hasNoAnswers(overlay)) return next();
      const messages = await loadMessages(locale);
      const props = { items: overlay.answers ?? [] };
      const html = await renderPage(
        options.assets,
        { url: c.req.path, messages, hydrate: true, suspensions: 1, embeds: { [publishedListsId]: props, [publishedOverlayId]: overlay } },
        <AnswerList {...props} />,
      );
      // Revalidated on every visit: publishing or withdrawing an answer changes the list.
      return c.html(html, 200, { 'Cache-Control': 'no-cache' });
    });
  }
  return routes;
}
