import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { OfflineStatus } from '../components/OfflineStatus/OfflineStatus.tsx';
import { SiteFooter } from '../components/SiteFooter/SiteFooter.tsx';
import { SiteHeader } from '../components/SiteHeader/SiteHeader.tsx';
import { SkipLink } from '../components/SkipLink/SkipLink.tsx';
import { UpdateBanner } from '../components/UpdateBanner/UpdateBanner.tsx';
import { ANNOUNCER_ID } from './announce.ts';

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  return (
    <>
      <SkipLink />
      <SiteHeader path={path} />
      <OfflineStatus />
      <UpdateBanner />
      <main id="main" class="width-container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      <div id={ANNOUNCER_ID} class="visually-hidden" aria-live="polite" aria-relevant="additions" />
    </>
  );
}
