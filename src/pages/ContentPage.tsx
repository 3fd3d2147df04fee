import { ContactList } from '../components/ContactList/ContactList.tsx';
import { Page } from '../components/Page/Page.tsx';
import { Prose } from '../components/Prose/Prose.tsx';
import { SaveForOffline } from '../offline/SaveForOffline.tsx';
import { saveAllWords } from '../i18n/words/save-all/index.ts';
import type { Page as PageData } from '../content/schema.ts';
import { useForeignLang, useHref, useMessages } from '../i18n/index.ts';
import { DisplaySettingsSection } from '../prefs/DisplaySettingsSection.tsx';
import { formSteps, stepPath } from '../requests/form/steps.ts';

/** The accessibility statement's save-for-offline section's words, loaded with the page (src/app/contentRoute.tsx). */
export const words = [saveAllWords];

/** Pages written as plain content files: contacts, accessibility statement, privacy notice, how to request. */
export default function ContentPage({ item: page }: { item: PageData }) {
  const t = useMessages();
  const href = useHref();
  const textLang = useForeignLang()(page.lang);
  return (
    <Page pinyin={`pages/${page.slug}`} title={page.title} description={page.summary} trail={[]} lang={page.lang}>
      <p class="lead" lang={textLang}>{page.summary}</p>
      {page.slug === 'contacts' && <ContactList />}
      {page.slug === 'accessibility' && <DisplaySettingsSection />}
      <div lang={textLang}><Prose html={page.html} pinyin={`pages/${page.slug}`} /></div>
      {page.slug === 'request' && <p><a class="button button--start" href={href(stepPath(formSteps[0].slug))}>{t.startRequest}</a></p>}
      {page.slug === 'accessibility' && <SaveForOffline />}
      <p class="meta">{t.updated}{t.colon}<time dateTime={page.updated}>{page.updated}</time></p>
    </Page>
  );
}
