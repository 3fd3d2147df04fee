import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { announce } from '../../a11y/announce.ts';
import { focusTemporarily } from '../../a11y/focus.ts';
import { setHead } from './head.ts';
import { pageArrived } from './navigation.ts';
import { rememberPage } from '../../offline/resume.ts';
import { useForeignLang, useMessages } from '../../i18n/index.ts';
import { useMode } from '../../modes/use-mode.ts';
import { ReadAloud } from '../../modes/read-aloud/ReadAloud.tsx';
import { Breadcrumbs, type Crumb } from '../Breadcrumbs/Breadcrumbs.tsx';
import { QrCode } from '../QrCode/QrCode.tsx';

interface PageProps {
  title: string;
  /** One sentence for search results and link previews. */
  description: string;
  /** Pages above this one; omit on the home page, which has no breadcrumbs. */
  trail?: Crumb[];
  /** False for the not-found page: its address is not one to print as a QR code or call canonical. */
  addressable?: boolean;
  /**
   * Set, true or false, by a form's question pages (GOV.UK's pattern): with errors, "错误：" goes before the
   * document title, so it is the first thing heard. A question page carries no QR code: its code would open the
   * form midway (the form's start page carries the one to print); and on a phone it was the largest thing in view,
   * painted only after the form's code ran, so it made the page's Largest Contentful Paint 2.2 s rather than 1.2 s.
   */
  hasErrors?: boolean;
  /** The language of the content's text: when it is not the page's (not yet translated), the page says so. */
  lang?: string;
  /** The title's own language, when only the title may be in another (the home page's is the app's name). */
  titleLang?: string;
  /** The content item this page shows (`guides/bus-pass`): in pinyin mode its title gets pinyin. */
  pinyin?: string;
  children: ComponentChildren;
}

/** Every page's frame: head, breadcrumbs, the one `h1`, and the QR code of its address. */
export function Page({ title, description, trail, addressable = true, hasErrors, lang, titleLang, pinyin, children }: PageProps) {
  const t = useMessages();
  const foreign = useForeignLang();
  const textLang = foreign(lang);
  const { path } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const ruby = useMode('pinyin', pinyin);
  const canonicalPath = path.endsWith('/') ? path : `${path}/`;
  const head = { title: hasErrors ? `${t.errorPrefix}${title}` : title, description, lang: t.lang, path: addressable ? canonicalPath : undefined, names: t.site };

  if (typeof window === 'undefined') setHead(head);

  useEffect(() => {
    setHead(head);
    if (addressable) rememberPage(canonicalPath);
    if (!pageArrived()) return;
    // A client-side navigation: tell screen-reader users where they are, as a page load would.
    window.scrollTo(0, 0);
    focusTemporarily(heading.current);
    announce(t.opened(title));
    // Keyed on the title, not the path: while the next route loads, this page re-renders with the new path.
  }, [title]);

  useEffect(() => setHead(head), [hasErrors]);

  return (
    <>
      {trail && <Breadcrumbs trail={trail} current={title} currentLang={textLang} />}
      <h1 class="page-title" ref={heading} lang={textLang ?? foreign(titleLang)}>
        {ruby ? <span dangerouslySetInnerHTML={{ __html: ruby.title }} /> : title}
      </h1>
      {textLang && <p class="notice">{t.untranslated}</p>}
      <ReadAloud />
      {children}
      {addressable && hasErrors === undefined && <QrCode path={canonicalPath} />}
    </>
  );
}
