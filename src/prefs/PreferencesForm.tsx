import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { announce } from '../a11y/announce.ts';
import { LanguageSwitch } from '../components/LanguageSwitch/LanguageSwitch.tsx';
import { useMessages } from '../i18n/index.ts';
import { choose, resetPrefs, usePrefs } from './choose.ts';
import { loadPrefsMessages, type PrefsMessages } from './messages/index.ts';
import { CHOICES, type Prefs } from './prefs.ts';
// Its radios are drawn as the forms' are (Field.css).
import '../components/Field/Field.css';
import './PreferencesForm.css';

interface FormProps {
  /** Keeps ids unique when the header panel and the /accessibility/ controls are on one page. */
  idPrefix: 'header' | 'page';
  /** The panel's state: `setOpen(false)` closes it (the close button, or Escape); focus then goes back to its button. */
  setOpen: (open: boolean) => void;
}

export type PreferencesFormType = ComponentType<FormProps>;

type Toggle = 'elder' | 'reducedMotion' | 'pinyin' | 'readAloud';
const toggles: Toggle[] = ['elder', 'reducedMotion', 'pinyin', 'readAloud'];

/**
 * The preference controls, loaded on first use (the header button, or /accessibility/) with their text in the
 * page's language. Every change shows at once, is stored, and is announced politely.
 */
export function PreferencesForm({ idPrefix, setOpen }: FormProps) {
  const shell = useMessages();
  const { lang } = shell;
  const [t, setMessages] = useState<PrefsMessages>();
  useEffect(() => void loadPrefsMessages(lang).then(setMessages), [lang]);
  const prefs = usePrefs();
  if (!t) return null;

  const id = (name: string) => `${idPrefix}-${name}`;
  const close = () => {
    setOpen(false);
    // Back to the button that opened the panel (src/prefs/DisplaySettings.tsx).
    document.querySelector<HTMLElement>(`[aria-controls="${idPrefix}-display-settings"]`)?.focus();
  };

  function radios<K extends 'textSize' | 'contrast' | 'lineSpacing'>(
    key: K, label: (value: Prefs[K]) => string, said: (value: Prefs[K]) => string,
  ) {
    return (
      <fieldset class="fieldset form-group prefs__group">
        <legend class="label">{t![key].legend}</legend>
        <div class="radios">
          {(CHOICES[key] as readonly unknown[] as Prefs[K][]).map((value) => (
            <div class="radios__item" key={value}>
              <input
                class="radios__input"
                id={id(`${key}-${value}`)}
                type="radio"
                name={id(key)}
                value={value}
                checked={prefs[key] === value}
                onChange={() => { choose(key, value); announce(said(value)); }}
              />
              <label class="radios__label" for={id(`${key}-${value}`)}>{label(value)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }

  return (
    <div
      class="prefs"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <p>{t.intro}</p>
      <div class="form-group prefs__group">
        <p class="label" aria-hidden="true">{shell.languages}</p>
        <LanguageSwitch landmark={false} />
      </div>
      {radios('textSize', t.textSize.option, t.textSize.announce)}
      {radios('contrast', (value) => t.contrast[value], (value) => t.contrast.announce(t.contrast[value]))}
      {radios('lineSpacing', (value) => t.lineSpacing[value], (value) => t.lineSpacing.announce(t.lineSpacing[value]))}
      <fieldset class="fieldset form-group prefs__group">
        <legend class="label">{t.more}</legend>
        <div class="checkboxes">
          {toggles.map((key) => (
            <div class="checkboxes__item" key={key}>
              <input
                class="checkboxes__input"
                id={id(key)}
                type="checkbox"
                checked={prefs[key]}
                aria-describedby={id(`${key}-hint`)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  choose(key, on);
                  announce((on ? t.turnedOn : t.turnedOff)(t[key].label));
                }}
              />
              <label class="checkboxes__label" for={id(key)}>{t[key].label}</label>
              <p class="hint checkboxes__hint" id={id(`${key}-hint`)}>{t[key].hint}</p>
            </div>
          ))}
        </div>
      </fieldset>
      <div class="prefs__actions">
        <button type="button" class="button button--secondary" onClick={() => { resetPrefs(); announce(t.resetDone); }}>{t.reset}</button>
        <button type="button" class="button button--secondary" onClick={close}>{t.close}</button>
      </div>
    </div>
  );
}
