import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { SiteFooter } from '../components/SiteFooter/SiteFooter';
import { SiteHeader } from '../components/SiteHeader/SiteHeader';
import { SkipLink } from '../components/SkipLink/SkipLink';
import { ANNOUNCER_ID } from './announce';

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  return (
    <>
      <SkipLink />
      <SiteHeader path={path} />
      <main id="main" class="width-container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      <div id={ANNOUNCER_ID} class="visually-hidden" aria-live="polite" aria-atomic="true" />
    </>
  );
}
