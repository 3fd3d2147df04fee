import { announce } from '../app/announce.ts';
import type { Locale } from '../i18n/locales.ts';
import { choose, resetPrefs, usePrefs } from './choose.ts';
import { loadPrefsMessages, type PrefsMessages } from './messages/index.ts';
import { CONTRASTS, LINE_SPACINGS, TEXT_SIZES, type Prefs } from './prefs.ts';

interface FormProps {
  /** Keeps ids unique when the header panel and the /accessibility/ controls are on one page. */
  idPrefix: string;
  /** The header panel's "close" button; none on /accessibility/. */
  onClose?: () => void;
}

/** Loaded on first use (the header button, or /accessibility/): the controls with their text in the page's language. */
export async function loadPreferencesForm(locale: Locale) {
  const t = await loadPrefsMessages(locale);
  return (props: FormProps) => <PreferencesForm t={t} {...props} />;
}

type Toggle = 'elder' | 'reducedMotion' | 'pinyin' | 'readAloud';
const toggles: Toggle[] = ['elder', 'reducedMotion', 'pinyin', 'readAloud'];

export function PreferencesForm({ t, idPrefix, onClose }: FormProps & { t: PrefsMessages }) {
  const prefs = usePrefs();
  const id = (name: string) => `${idPrefix}-${name}`;

  function radios<K extends 'textSize' | 'contrast' | 'lineSpacing'>(
    key: K, options: readonly Prefs[K][], label: (value: Prefs[K]) => string, said: (value: Prefs[K]) => string,
  ) {
    return (
      <fieldset class="fieldset form-group prefs__group">
        <legend class="label">{t[key].legend}</legend>
        <div class="radios">
          {options.map((value) => (
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
    <div class="prefs">
      <p>{t.intro}</p>
      {/* LANGUAGE: the languages helper's <LanguageSwitch /> goes here, first, as its own group. */}
      {radios('textSize', TEXT_SIZES, t.textSize.option, t.textSize.announce)}
      {radios('contrast', CONTRASTS, (value) => t.contrast[value], (value) => t.contrast.announce(t.contrast[value]))}
      {radios('lineSpacing', LINE_SPACINGS, (value) => t.lineSpacing[value], (value) => t.lineSpacing.announce(t.lineSpacing[value]))}
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
        {onClose && <button type="button" class="button button--secondary" onClick={onClose}>{t.close}</button>}
      </div>
    </div>
  );
}
