import { useEffect, useState } from 'preact/hooks';
import { announce } from '../a11y/announce.ts';
import { useMessages } from '../i18n/index.ts';
import { saveAllWords } from '../i18n/words/save-all/index.ts';
import { localeOf } from '../i18n/locales.ts';
import type { SaveProgress } from './save-all.ts';
import { keepingOnlyWhatIsOpened } from './save-data.ts';
import './SaveForOffline.css';

/**
 * A button that keeps every page on the phone, with a real progress bar. Nothing is downloaded until it is pressed.
 * Under Save-Data, when the worker has kept only what was opened (issue 16, point 5), it says how much pressing it
 * will download, and fetches the worker's precache first. The saving itself is loaded when needed: it would cost
 * every page that shows the button about 0.4 KB (the home page was over its 20 KB budget); the worker holds it
 * offline like any other shared chunk.
 */
export function SaveForOffline() {
  const t = useMessages();
  const w = saveAllWords.use();
  const [supported, setSupported] = useState(true);
  const [saveData, setSaveData] = useState(false);
  const [size, setSize] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [progress, setProgress] = useState<SaveProgress>();
  const [finished, setFinished] = useState<SaveProgress>();
  const [storage, setStorage] = useState<string>();

  useEffect(() => {
    setSupported('serviceWorker' in navigator && typeof caches !== 'undefined');
    void keepingOnlyWhatIsOpened().then(async (on) => {
      setSaveData(on);
      if (on) setSize(await (await import('./save-all.ts')).saveAllSize(localeOf(location.pathname), t.lang));
    });
  }, []);

  const save = async () => {
    setFinished(undefined);
    setSaving(true);
    try {
      const { publishedChanges, saveAllPages, saveLanguage, sitemapPaths, storageUsed } = await import('./save-all.ts');
      await saveLanguage(localeOf(location.pathname));
      const [paths, changes] = await Promise.all([sitemapPaths(), publishedChanges()]);
      setProgress({ done: 0, total: paths.length, failed: 0 });
      const result = await saveAllPages(paths, setProgress, changes);
      setFinished(result);
      const used = await storageUsed(t.lang);
      setStorage(used);
      announce(result.failed ? w.partial(result.failed) : w.done(result.total));
    } catch {
      const failed = { done: 0, total: 0, failed: 1 };
      setFinished(failed);
      announce(w.partial(1));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="save-offline" aria-labelledby="save-offline-heading">
      <h2 id="save-offline-heading">{w.heading}</h2>
      <p>{w.text}</p>
      {!supported ? (
        <p>{w.unsupported}</p>
      ) : (
        <>
          {saveData && <p class="save-offline__size">{w.saveData(size)}</p>}
          <button type="button" class="button button--secondary" onClick={save} disabled={saving}>
            {w.button}
          </button>
          {progress && (
            <p class="save-offline__progress">
              <label for="save-offline-progress">{w.saving}</label>{' '}
              <progress id="save-offline-progress" max={progress.total} value={progress.done + progress.failed} />{' '}
              <span>{w.progress(progress.done + progress.failed, progress.total)}</span>
            </p>
          )}
          {finished && (
            <p class="save-offline__result">
              {finished.failed ? w.partial(finished.failed) : w.done(finished.total)}
              {storage && ` ${w.storage(storage)}`}
            </p>
          )}
        </>
      )}
    </section>
  );
}
