import { useLocation } from 'preact-iso';
import { useMessages } from '../../i18n/index.ts';
import { type Locale, localeNames, localePath, locales } from '../../i18n/locales.ts';
import './LanguageSwitch.css';

/** The page's address in each language, keeping the query (a search stays the same search). */
export function languageLinks(url: string): { locale: Locale; href: string }[] {
  const [pathname = '/', search] = url.split('?');
  const page = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return locales.map((locale) => ({ locale, href: `${localePath(page, locale)}${search ? `?${search}` : ''}` }));
}

/**
 * The same page in the other languages, each named in its own language. These are the only links that leave
 * the page's language, so the app does not follow them itself (src/i18n/locales.ts `localeScope`): the browser
 * loads the page, and with it that language's text.
 */
export function LanguageSwitch({ landmark = true }: { landmark?: boolean }) {
  const t = useMessages();
  const { url } = useLocation();
  const links = (
    <ul class="language-switch__list">
      {languageLinks(url).map(({ locale, href }) => (
        <li key={locale}>
          {locale === t.lang ? (
            <span class="language-switch__current" lang={locale} aria-current="true">{localeNames[locale]}</span>
          ) : (
            <a class="language-switch__link" href={href} lang={locale} hreflang={locale}>{localeNames[locale]}</a>
          )}
        </li>
      ))}
    </ul>
  );
  // The header's switch is a landmark; the copy in the display settings is a group, so landmarks stay unique.
  return landmark
    ? <nav class="language-switch" aria-label={t.languages}>{links}</nav>
    : <div class="language-switch" role="group" aria-label={t.languages}>{links}</div>;
}
