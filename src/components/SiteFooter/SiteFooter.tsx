import { useForeignLang, useHref, useMessages } from '../../i18n/index.ts';
import { contentPageHref, requestHref, searchHref } from '../../addresses/addresses.ts';
import { ContactList } from '../ContactList/ContactList.tsx';
import './SiteFooter.css';

export function SiteFooter() {
  const t = useMessages();
  const href = useHref();
  const namesLang = useForeignLang()(t.site.lang);
  return (
    <footer class="site-footer">
      <div class="width-container">
        <h2 class="site-footer__heading">{t.footer.help}</h2>
        <p>{t.footer.helpText}</p>
        <ContactList />
        <ul class="site-footer__links">
          <li><a href={href(searchHref())}>{t.search.footerLink}</a></li>
          <li><a href={href(contentPageHref('contacts'))}>{t.footer.contacts}</a></li>
          <li><a href={href(requestHref())}>{t.nav.request}</a></li>
          <li><a href={href(contentPageHref('accessibility'))}>{t.footer.accessibility}</a></li>
          <li><a href={href(contentPageHref('privacy'))}>{t.footer.privacy}</a></li>
        </ul>
        <p class="site-footer__owner" lang={namesLang}>{t.site.name}</p>
      </div>
    </footer>
  );
}
