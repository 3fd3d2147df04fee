import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { announce } from '../a11y/announce.ts';
import { useMessages } from '../i18n/index.ts';
import { formatSavedAt, savedAt } from './saved-at.ts';
import './OfflineStatus.css';

/** Without a signal, says so in words (not by colour alone), once, and when the page on screen was saved. */
export function OfflineStatus() {
  const t = useMessages();
  const { path } = useLocation();
  const [online, setOnline] = useState(true);
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    // Loaded when the signal first drops (src/app/Layout.tsx): say so at once, as the event already passed.
    setOnline(navigator.onLine);
    if (!navigator.onLine) announce(t.offline.status);
    const wentOffline = () => {
      setOnline(false);
      announce(t.offline.status);
    };
    const cameBack = () => {
      setOnline(true);
      announce(t.offline.back);
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
    <section class="offline-status" aria-label={t.offline.label}>
      <p class="width-container offline-status__text">
        <strong>{t.offline.status}</strong>
        {saved && ` ${t.offline.savedAt(saved)}`}
      </p>
    </section>
  );
}
