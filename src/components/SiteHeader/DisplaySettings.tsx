import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/index.ts';
import { loadPreferencesForm, type PreferencesFormType } from '../../prefs/load-form.ts';

export const PANEL_ID = 'display-settings-panel';

/**
 * The header's "显示设置" disclosure: a button that shows the preference controls in a panel below it. Before
 * the app runs (or without JavaScript) it is a link to the same controls on /accessibility/, which also says how
 * to use the phone's own settings. The controls are loaded on first opening.
 */
export function useDisplaySettings(path: string) {
  const t = useMessages();
  const [upgraded, setUpgraded] = useState(false);
  const [open, setOpen] = useState(false);
  const [Form, setForm] = useState<PreferencesFormType>();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => setUpgraded(true), []);
  // Another page was opened: it starts with the panel closed, as a page load would.
  useEffect(() => setOpen(false), [path]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) close();
  };
  const onClick = () => {
    setOpen(!open);
    if (!Form) void loadPreferencesForm(t.lang).then((form) => setForm(() => form));
  };

  const toggle = upgraded ? (
    <button ref={button} type="button" class="display-settings-toggle" aria-expanded={open} aria-controls={PANEL_ID} onClick={onClick} onKeyDown={onKeyDown}>
      {t.displaySettings}
    </button>
  ) : (
    <a class="display-settings-toggle" href="/accessibility/#display-settings">{t.displaySettings}</a>
  );
  const panel = (
    <div id={PANEL_ID} class="display-settings" hidden={!open} onKeyDown={onKeyDown}>
      {Form && <div class="width-container"><Form idPrefix="panel" onClose={close} /></div>}
    </div>
  );
  return { toggle, panel };
}
