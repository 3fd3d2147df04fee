import { Page } from '../components/Page/Page.tsx';
import { disclosureCategories } from '../content/categories.ts';
import type { DisclosureSummary } from '../content/schema.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';
import { usePublishedReports, withPublishedReports } from './published-reports.ts';

/** The items come in the page's language, from its route (src/app/App.tsx). */
export default function Catalogue({ items }: { items: DisclosureSummary[] }) {
  const t = useMessages();
  const href = useHref();
  const foreign = useForeignLang();
  const all = withPublishedReports(items, usePublishedReports());
  // Items arrive newest first; grouping keeps that order inside each category.
  const groups = disclosureCategories
    .map((category) => ({ category, entries: all.filter((item) => item.category === category) }))
    .filter((group) => group.entries.length > 0);

  return (
    <Page title={t.disclosure.title} description={t.disclosure.intro} trail={[]}>
      <p class="lead">{t.disclosure.intro}</p>
      <nav class="contents" aria-labelledby="contents">
        <h2 id="contents">{t.disclosure.contents}</h2>
        <ul class="link-list">
          {groups.map(({ category, entries }) => (
            <li key={category}>
              <a href={`#${category}`}>{t.disclosure.categories[category]}（{entries.length}）</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ category, entries }) => (
        <section key={category}>
          <h2 id={category} tabIndex={-1}>{t.disclosure.categories[category]}</h2>
          <ul class="item-list">
            {entries.map((item) => (
              <li key={item.href}>
                <a href={item.chineseOnly ? item.href : href(item.href)} lang={foreign(item.lang)}>{item.title}</a>
                <span class="item-list__meta">{item.date}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
