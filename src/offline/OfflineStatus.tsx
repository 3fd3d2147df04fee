import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { announce } from '../a11y/announce.ts';
import { useMessages } from '../i18n/index.ts';
import { offlineWords } from '../i18n/words/offline/index.ts';
import { formatSavedAt, savedAt } from './saved-at.ts';
import './OfflineStatus.css';

/** The words it shows, loaded with it (src/app/Layout.tsx). */
export const words = [offlineWords];

/** Without a signal, says so in words (not by colour alone), once, and when the page on screen was saved. */
export function OfflineStatus() {
  const t = useMessages();
  const w = offlineWords.use();
  const { path } = useLocation();
  const [online, setOnline] = useState(true);
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    // Loaded when the signal first drops (src/app/Layout.tsx): say so at once, as the event already passed.
    setOnline(navigator.onLine);
    if (!navigator.onLine) announce(w.status);
    const wentOffline = () => {
      setOnline(false);
      announce(w.status);
    };
    const cameBack = () => {
      setOnline(true);
      announce(w.back);
    };
    addEventListener('offline', wentOffline);
    addEventListener('online', cameBack);
    return () => {
      removeEventListener('offline', wentOffline);
      removeEventListener('online', cameBack);
    };
  }, []);

  useEffect(() => {
    if (online) return;
    let current = true;
    savedAt(new URL(path, location.href)).then((date) => current && setSaved(date && formatSavedAt(date, t.lang)));
    return () => {
      current = false;
    };
  }, [online, path]);

  if (online) return null;
  return (
    <section class="offline-status" aria-label={w.label}>
      <p class="width-container offline-status__text">
        <strong>{w.status}</strong>
        {saved && ` ${w.savedAt(saved)}`}
      </p>
    </section>
  );
}
