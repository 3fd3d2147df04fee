import { items } from 'virtual:content/disclosure';
import { Page } from '../components/Page/Page.tsx';
import { disclosureCategories } from '../content/categories.ts';
import { useMessages } from '../i18n/index.ts';
import { usePublishedReports, withPublishedReports } from './report/published-reports.ts';

export default function Catalogue() {
  const t = useMessages();
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
                <a href={item.href}>{item.title}</a>
                <span class="item-list__meta">{item.date}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
