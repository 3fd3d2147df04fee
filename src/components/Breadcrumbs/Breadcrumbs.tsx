import { homeHref } from '../../addresses/addresses.ts';
import { useHref, useMessages } from '../../i18n/index.ts';
import './Breadcrumbs.css';

export interface Crumb { href: string; label: string }

interface BreadcrumbsProps {
  trail: Crumb[];
  /** This page's title: the last item, not a link. The staff console's frame leaves it out (its `h1` follows). */
  current?: string;
  currentLang?: string;
  /** False where the trail does not start at the site's home page (the staff console starts at its own). */
  home?: boolean;
}

/** "您当前的位置": the trail from the home page to this one; the current page is the last item, not a link. */
export function Breadcrumbs({ trail, current, currentLang, home = true }: BreadcrumbsProps) {
  const t = useMessages();
  const href = useHref();
  const crumbs = home ? [{ href: homeHref(), label: t.home }, ...trail] : trail;
  return (
    <nav class="breadcrumbs" aria-label={t.breadcrumbs}>
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}><a href={href(crumb.href)}>{crumb.label}</a></li>
        ))}
        {current !== undefined && <li aria-current="page" lang={currentLang}>{current}</li>}
      </ol>
    </nav>
  );
}
