import { Page } from '../components/Page/Page.tsx';
import { disclosureCategories } from '../content/categories.ts';
import type { CatalogueEntry } from '../content/published.ts';
import { whenPublished } from '../content/published-gate.ts';
import { publishedListsId } from '../content/published.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';

/** What staff published since the build, merged into its catalogue (src/content/published-client.ts). */
export const published = ({ items }: { items: CatalogueEntry[] }) => whenPublished(publishedListsId, (client) => client.catalogue(items));

/**
 * The items come in the page's language, from its route (src/app/App.tsx), with what staff published since the build
 * (the annual reports published from the console among them) merged in.
 */
export default function Catalogue({ items: all }: { items: CatalogueEntry[] }) {
  const t = useMessages();
  const href = useHref();
  const foreign = useForeignLang();
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
