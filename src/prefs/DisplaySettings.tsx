import { useEffect, useState } from 'preact/hooks';
import type { PreferencesFormType } from './PreferencesForm.tsx';
import './DisplaySettings.css';

/**
 * A "显示设置" disclosure: a button that shows the preference controls in a panel (in the header of every page,
 * and on /accessibility/). Every page carries this code, so it is kept to the least: the controls, their text,
 * Escape, the close button and giving focus back are in PreferencesForm.tsx, loaded on first opening.
 *
 * `open` is undefined until the app runs: the header shows a link to /accessibility/ instead of the button.
 * A change of `closeOn` (the page's path) closes the panel, as a page load would.
 */
export function useDisplaySettings(idPrefix: 'header' | 'page', closeOn?: string) {
  const [open, setOpen] = useState<boolean>();
  const [Form, setForm] = useState<PreferencesFormType>();
  const panelId = `${idPrefix}-display-settings`;

  useEffect(() => setOpen(false), [closeOn]);

  return {
    open,
    button: (label: string) => (
      <button
        type="button"
        class="display-settings-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          if (!Form) void import('./PreferencesForm.tsx').then((module) => setForm(() => module.PreferencesForm));
        }}
      >
        {label}
      </button>
    ),
    panel: (
      <div id={panelId} class="display-settings" hidden={!open}>
        {Form && <Form idPrefix={idPrefix} setOpen={setOpen} />}
      </div>
    ),
  };
}
