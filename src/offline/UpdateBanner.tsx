import { useEffect, useState } from 'preact/hooks';
import { announce } from '../a11y/announce.ts';
import { hasUnsavedInput, onUnsavedInputChange } from './unsaved.ts';
import { updateWords } from '../i18n/words/update/index.ts';
import { applyUpdate, onUpdateWaiting, updateWaiting } from './service-worker.ts';
import './UpdateBanner.css';

/** The words it shows, loaded with it (src/app/Layout.tsx). */
export const words = [updateWords];

/**
 * "A new version is available": in the flow of the page, never over it (WCAG 2.4.11), never a dialog, and
 * not while a form holds input the person has not sent. Reloading is their choice.
 */
export function UpdateBanner() {
  const w = updateWords.use();
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const check = () => setShown(updateWaiting() && !hasUnsavedInput());
    check();
    const stopUpdate = onUpdateWaiting(check);
    const stopUnsaved = onUnsavedInputChange(check);
    return () => {
      stopUpdate();
      stopUnsaved();
    };
  }, []);

  useEffect(() => {
    if (shown) announce(w.announce);
  }, [shown]);

  if (!shown) return null;
  return (
    <section class="update-banner" aria-label={w.label}>
      <div class="width-container update-banner__inner">
        <p class="update-banner__text">{w.text}</p>
        <button type="button" class="button button--secondary" onClick={applyUpdate}>{w.button}</button>
      </div>
    </section>
  );
}
