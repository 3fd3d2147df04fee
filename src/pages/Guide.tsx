import type { ComponentChildren } from 'preact';
import { askHref, contentPageHref, guideHref, guidesHref, requestHref } from '../addresses/addresses.ts';
import { ContactList } from '../components/ContactList/ContactList.tsx';
import { Credits, type CreditsLine } from '../components/Credits/Credits.tsx';
import { Page } from '../components/Page/Page.tsx';
import { Prose } from '../components/Prose/Prose.tsx';
import type { Guide as GuideData } from '../content/schema.ts';
import { guideFacts, site } from '../config/site.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';
import { guideWords } from '../i18n/words/guide/index.ts';
import { useMode } from '../modes/use-mode.ts';
import { whenPublished } from '../content/published-gate.ts';
import { publishedItemId, type PublishedPageItem } from '../content/published.ts';

/** The words this page shows, loaded with it (src/app/contentRoute.tsx; the server, server/content/public-pages.tsx). */
export const words = [guideWords];

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * What staff published since the build at this address (src/content/published-gate.ts): the item the server
 * embedded in the page being hydrated; after a navigation, a page load when the server has a newer text; or nothing.
 */
export const published = (slug: string, inBuild: boolean) =>
  whenPublished(
    publishedItemId,
    (client) => client.itemRoute('guides', slug, inBuild),
    (page: PublishedPageItem) => (page.collection === 'guides' && page.item.slug === slug ? () => <Guide item={page.item} credits={page.credits} /> : undefined),
  );

/**
 * `credits`: who wrote and reviewed it, for a guide staff published through the review steps (server/content/).
 * `addressable` false for a draft's preview in the staff console: no canonical address nor QR code of its own.
 */
export default function Guide({ item: guide, credits, addressable }: { item: GuideData; credits?: CreditsLine; addressable?: boolean }) {
  const t = useMessages();
  const w = guideWords.use();
  const href = useHref();
  // Not yet translated: the guide's own text keeps its language, marked on each part of it.
  const textLang = useForeignLang()(guide.lang);
  const facts = guideFacts(site, guide.slug);
  // Pinyin mode: each line of the guide's lists with pinyin over it (src/modes/pinyin/, made at build time by build/pinyin/).
  const ruby = useMode('pinyin', `guides/${guide.slug}`)?.lines;
  const lines = (field: 'summary' | 'eligibility' | 'bring' | 'steps' | 'legalBasis', text: string, index = 0) => {
    const html = ruby?.[field]?.[index];
    return html ? <span dangerouslySetInnerHTML={{ __html: html }} /> : text;
  };

  return (
    <Page pinyin={`guides/${guide.slug}`} title={guide.title} description={guide.summary} trail={[{ href: guidesHref(), label: t.guides.title }]} lang={guide.lang} addressable={addressable}>
      <p class="lead" lang={textLang}>{lines('summary', guide.summary)}</p>
      <Section id="eligibility" title={w.eligibility}>
        <ul class="list" lang={textLang}>{guide.eligibility.map((line, i) => <li key={line}>{lines('eligibility', line, i)}</li>)}</ul>
      </Section>
      <Section id="bring" title={w.bring}>
        <ul class="list" lang={textLang}>{guide.bring.map((line, i) => <li key={line}>{lines('bring', line, i)}</li>)}</ul>
      </Section>
      <Section id="steps" title={w.steps}>
        <ol class="steps" lang={textLang}>{guide.steps.map((line, i) => <li key={line}>{lines('steps', line, i)}</li>)}</ol>
      </Section>
      {facts.map(([field, value]) => (
        <Section key={field} id={field} title={w[field]}><p>{value}</p></Section>
      ))}
      <Section id="legal-basis" title={w.legalBasis}>
        <ul class="list" lang={textLang}>{guide.legalBasis.map((line, i) => <li key={line}>{lines('legalBasis', line, i)}</li>)}</ul>
      </Section>
      {guide.html && <Section id="notes" title={w.notes}><div lang={textLang}><Prose html={guide.html} pinyin={`guides/${guide.slug}`} /></div></Section>}
      <Section id="help" title={w.help}>
        <p>{w.helpText}</p>
        <ContactList />
        <ul class="link-list">
          <li><a href={href(contentPageHref('contacts'))}>{t.footer.contacts}</a></li>
          <li><a href={href(requestHref())}>{w.helpRequest}</a></li>
        </ul>
      </Section>
      <p class="meta">{t.updated}{t.colon}<time dateTime={guide.updated}>{guide.updated}</time></p>
      {credits && credits.credits.length > 0 && <Credits source={site.name} {...credits} />}
      {/* About the page, not of it: read aloud leaves it out (src/modes/read-aloud/extract.ts, SKIP_ATTRIBUTE). */}
      <p data-read-aloud-skip=""><a class="standalone-link" href={href(askHref(guideHref(guide.slug)))}>{t.askAboutPage}</a></p>
    </Page>
  );
}
