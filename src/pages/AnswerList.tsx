import { Page } from '../components/Page/Page.tsx';
import { answerHref, askHref } from '../addresses/addresses.ts';
import type { AnswerSummary } from '../content/schema.ts';
import { whenPublished } from '../content/published-gate.ts';
import { publishedListsId } from '../content/published.ts';
import { answerWords } from '../content/answers/words.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';

/**
 * What staff published: the build ships no answers, so the list is the overlay's (src/content/published-client.ts),
 * or the list the server embedded in the page (server/content/answer-pages.tsx).
 */
export const published = (_: { items: AnswerSummary[] }) => whenPublished(publishedListsId, (client) => client.answers());

/**
 * `/ask/answers/` (issue 17 point 3): the questions and answers staff published, newest first, like the catalogue's
 * list; each links to its page (server-rendered, server/content/answer-pages.tsx). Empty as the build prerenders it.
 */
export default function AnswerList({ items }: { items: AnswerSummary[] }) {
  const t = answerWords[useMessages().lang];
  const href = useHref();
  const foreign = useForeignLang();
  return (
    <Page title={t.title} description={t.intro} trail={[{ href: askHref(), label: t.askTitle }]}>
      <p class="lead">{t.intro}</p>
      {items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="item-list">
          {items.map((item) => (
            <li key={item.slug}>
              <a href={href(answerHref(item.slug))} lang={foreign(item.lang)}>{item.title}</a>
              <span class="item-list__meta">{t.topics[item.topic]} · <time dateTime={item.answered}>{item.answered}</time></span>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
