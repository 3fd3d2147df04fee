// The base stylesheet first, so every component's styles come after it in the one built stylesheet; then the
// server's report tables, which refine the base's tables (see report-tables.css); then this frame's own.
import './styles.css';
import './report-tables.css';
import './Layout.css';
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { SiteFooter } from '../components/SiteFooter/SiteFooter.tsx';
import { SiteHeader } from './SiteHeader/SiteHeader.tsx';
import { SkipLink } from '../components/SkipLink/SkipLink.tsx';
import { onUpdateWaiting, updateWaiting } from '../offline/service-worker.ts';
import { ANNOUNCER_ID } from '../a11y/announce.ts';
import { onWindowEvent, useLoadedOnce } from './when-needed.ts';
import { useLocale } from '../i18n/index.ts';
import { loadPageWords } from '../i18n/page-words.ts';

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const locale = useLocale();
  const OfflineStatus = useLoadedOnce(() => !navigator.onLine, onWindowEvent('offline'), () =>
    import('../offline/OfflineStatus.tsx').then((module) => module.OfflineStatus));
  const UpdateBanner = useLoadedOnce(updateWaiting, onUpdateWaiting, () =>
    import('../offline/UpdateBanner.tsx').then((module) => loadPageWords(module, locale)).then((module) => module.UpdateBanner));
  return (
    <>
      <SkipLink />
      <SiteHeader path={path} />
      {OfflineStatus && <OfflineStatus />}
      {UpdateBanner && <UpdateBanner />}
      {/* No tabindex of its own: the skip link gives it one while it has focus, else Orca calls `main` "clickable". */}
      <main id="main" class="width-container">
        {children}
      </main>
      <SiteFooter />
      <div id={ANNOUNCER_ID} class="visually-hidden" aria-live="polite" aria-relevant="additions" />
    </>
  );
}
