import { Page } from '../components/Page/Page.tsx';
import { askHref, catalogueHref, disclosureHref } from '../addresses/addresses.ts';
import { Credits, type CreditsLine } from '../components/Credits/Credits.tsx';
import { Prose } from '../components/Prose/Prose.tsx';
import type { Disclosure } from '../content/schema.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';
import { whenPublished } from '../content/published-gate.ts';
import { publishedItemId, type PublishedPageItem } from '../content/published.ts';

/**
 * What staff published since the build at this address (src/content/published-gate.ts): the item the server
 * embedded in the page being hydrated; after a navigation, a page load when the server has a newer text; or nothing.
 */
export const published = (slug: string, inBuild: boolean) =>
  whenPublished(
    publishedItemId,
    (client) => client.itemRoute('disclosure', slug, inBuild),
    (page: PublishedPageItem) => (page.collection === 'disclosure' && page.item.slug === slug ? () => <DisclosureItem item={page.item} credits={page.credits} /> : undefined),
  );

/**
 * `credits`: who wrote and reviewed it, for an item staff published through the review steps (server/content/).
 * `addressable` false for a draft's preview in the staff console: no canonical address nor QR code of its own.
 */
export default function DisclosureItem({ item, credits, addressable }: { item: Disclosure; credits?: CreditsLine; addressable?: boolean }) {
  const t = useMessages();
  const href = useHref();
  const textLang = useForeignLang()(item.lang);
  const categoryName = t.disclosure.categories[item.category];

  return (
    <Page
      pinyin={`disclosure/${item.slug}`}
      title={item.title}
      description={item.summary}
      trail={[{ href: catalogueHref(), label: t.disclosure.title }]}
      lang={item.lang}
      addressable={addressable}
    >
      <dl class="summary-list">
        <div><dt>{t.disclosure.issuer}</dt><dd lang={textLang}>{item.issuer}</dd></div>
        {item.documentNumber && <div><dt>{t.disclosure.documentNumber}</dt><dd lang={textLang}>{item.documentNumber}</dd></div>}
        <div><dt>{t.disclosure.date}</dt><dd><time dateTime={item.date}>{item.date}</time></dd></div>
        {item.repealed && <div><dt>{t.disclosure.repealed}</dt><dd><time dateTime={item.repealed}>{item.repealed}</time></dd></div>}
        <div><dt>{t.disclosure.category}</dt><dd><a href={href(`${catalogueHref()}#${item.category}`)}>{categoryName}</a></dd></div>
      </dl>
      <div lang={textLang}><Prose html={item.html} pinyin={`disclosure/${item.slug}`} /></div>
      {item.attachments.length > 0 && (
        <section>
          <h2 id="attachments">{t.disclosure.attachments}</h2>
          <ul class="link-list" lang={textLang}>
            {item.attachments.map((file) => <li key={file.href}><a href={file.href} download>{file.title}</a></li>)}
          </ul>
        </section>
      )}
      {credits && credits.credits.length > 0 && <Credits source={item.issuer} {...credits} textLang={textLang} />}
      {/* About the page, not of it: read aloud leaves it out (src/modes/read-aloud/extract.ts, SKIP_ATTRIBUTE). */}
      <p data-read-aloud-skip=""><a class="standalone-link" href={href(askHref(disclosureHref(item.slug)))}>{t.askAboutPage}</a></p>
    </Page>
  );
}
