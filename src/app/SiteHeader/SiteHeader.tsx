import { catalogueHref, displaySettingsHref, guidesHref, homeHref, isReportHref, myRequestsHref, requestHref } from '../../addresses/addresses.ts';
// The header's styles before those of what sits in it: the display settings' panel restyles the header's links.
import './SiteHeader.css';
import { useForeignLang, useHref, useMessages } from '../../i18n/index.ts';
import { withoutLocale } from '../../i18n/locales.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch/LanguageSwitch.tsx';
import { useDisplaySettings } from '../../prefs/DisplaySettings.tsx';

export const navItems = [
  { href: homeHref(), key: 'home' },
  { href: guidesHref(), key: 'guides' },
  { href: catalogueHref(), key: 'disclosure' },
  { href: requestHref(), key: 'request' },
  { href: myRequestsHref(), key: 'requests' },
] as const;

/** `page` for the page itself, `true` for a page inside that section (GOV.UK service navigation does the same). */
export function currentState(itemHref: string, path: string): 'page' | 'true' | undefined {
  if (path === itemHref) return 'page';
  if (itemHref !== homeHref() && path.startsWith(itemHref)) return 'true';
  // Reports are listed in the disclosure catalogue.
  if (itemHref === catalogueHref() && isReportHref(path)) return 'true';
  return undefined;
}

export function SiteHeader({ path }: { path: string }) {
  const t = useMessages();
  const href = useHref();
  const namesLang = useForeignLang()(t.site.lang);
  const displaySettings = useDisplaySettings('header', path);
  return (
    <header class="site-header">
      <div class="width-container">
        <LanguageSwitch />
        <a class="site-header__name" href={href(homeHref())} lang={namesLang}>
          <span class="site-header__federation">{t.site.name}</span>
          <span class="site-header__app">{t.site.appName}</span>
        </a>
        {displaySettings.open === undefined ? (
          <a class="display-settings-toggle" href={href(displaySettingsHref())}>{t.displaySettings}</a>
        ) : (
          displaySettings.button(t.displaySettings)
        )}
      </div>
      {displaySettings.panel}
      <nav class="site-nav" aria-label={t.nav.label}>
        <ul class="site-nav__list width-container">
          {navItems.map((item) => (
            <li key={item.href}>
              <a class="site-nav__link" href={href(item.href)} aria-current={currentState(item.href, withoutLocale(path))}>
                {item.key === 'home' ? t.home : t.nav[item.key]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
