import { useHref, useMessages } from '../../i18n/index.ts';
import './Breadcrumbs.css';

export interface Crumb { href: string; label: string }

/** "您当前的位置": the trail from the home page to this one; the current page is the last item, not a link. */
export function Breadcrumbs({ trail, current, currentLang }: { trail: Crumb[]; current: string; currentLang?: string }) {
  const t = useMessages();
  const href = useHref();
  const crumbs = [{ href: '/', label: t.home }, ...trail];
  return (
    <nav class="breadcrumbs" aria-label={t.breadcrumbs}>
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}><a href={href(crumb.href)}>{crumb.label}</a></li>
        ))}
        <li aria-current="page" lang={currentLang}>{current}</li>
      </ol>
    </nav>
  );
}
