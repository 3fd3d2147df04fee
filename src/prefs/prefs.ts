/**
 * Accessibility preferences (DESIGN.md, "Contracts"): stored in localStorage under `prefs` as JSON, shown on
 * `<html>` as data attributes that the stylesheet and other features key on. Pure functions only: the boot
 * script (boot.ts, on every page before first paint) and the preference controls both build on them.
 */
export const PREFS_KEY = 'prefs';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const CONTRASTS = ['standard', 'high', 'dark'] as const;
export const LINE_SPACINGS = ['standard', 'wide', 'wider'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Contrast = (typeof CONTRASTS)[number];
export type LineSpacing = (typeof LINE_SPACINGS)[number];

export interface Prefs {
  textSize: TextSize;
  contrast: Contrast;
  elder: boolean;
  pinyin: boolean;
  reducedMotion: boolean;
  lineSpacing: LineSpacing;
  readAloud: boolean;
}

/** What the phone's own settings ask for; they are the defaults until the person chooses otherwise. */
export interface MediaDefaults {
  moreContrast: boolean;
  dark: boolean;
  reducedMotion: boolean;
}

export const MEDIA_QUERIES: Record<keyof MediaDefaults, string> = {
  moreContrast: '(prefers-contrast: more)',
  dark: '(prefers-color-scheme: dark)',
  reducedMotion: '(prefers-reduced-motion: reduce)',
};

export function mediaDefaults(matches: (query: string) => boolean): MediaDefaults {
  return {
    moreContrast: matches(MEDIA_QUERIES.moreContrast),
    dark: matches(MEDIA_QUERIES.dark),
    reducedMotion: matches(MEDIA_QUERIES.reducedMotion),
  };
}

export function defaultPrefs(media: MediaDefaults): Prefs {
  return {
    textSize: 100,
    // Someone who asked their phone for more contrast needs it more than someone who likes dark screens.
    contrast: media.moreContrast ? 'high' : media.dark ? 'dark' : 'standard',
    elder: false,
    pinyin: false,
    reducedMotion: media.reducedMotion,
    lineSpacing: 'standard',
    readAloud: false,
  };
}

/** The valid choices in a stored value; anything else (another type, an unknown step, broken JSON) is dropped. */
export function storedChoices(stored: string | null | undefined): Partial<Prefs> {
  let value: unknown;
  try {
    value = JSON.parse(stored ?? '{}');
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const raw = value as Record<string, unknown>;
  const choices: Partial<Prefs> = {};
  if ((TEXT_SIZES as readonly unknown[]).includes(raw.textSize)) choices.textSize = raw.textSize as TextSize;
  if ((CONTRASTS as readonly unknown[]).includes(raw.contrast)) choices.contrast = raw.contrast as Contrast;
  if ((LINE_SPACINGS as readonly unknown[]).includes(raw.lineSpacing)) choices.lineSpacing = raw.lineSpacing as LineSpacing;
  for (const key of ['elder', 'pinyin', 'reducedMotion', 'readAloud'] as const) {
    if (typeof raw[key] === 'boolean') choices[key] = raw[key];
  }
  return choices;
}

/** Missing or invalid keys take the defaults, so a phone's settings still count for what the person never chose. */
export function parsePrefs(stored: string | null | undefined, media: MediaDefaults): Prefs {
  return { ...defaultPrefs(media), ...storedChoices(stored) };
}

/**
 * Stores only what the person chose: a key they never touched keeps following the phone (switch the phone to
 * dark at night and the site follows, unless a contrast was chosen here).
 */
export function withChoice<K extends keyof Prefs>(stored: string | null | undefined, key: K, value: Prefs[K]): string {
  return JSON.stringify({ ...storedChoices(stored), [key]: value });
}

const onOff = (value: boolean) => (value ? 'on' : 'off');

/** Every attribute is always set, so the stylesheet and other features key on these alone. */
export function prefsAttributes(prefs: Prefs): Record<string, string> {
  return {
    'data-text-size': String(prefs.textSize),
    'data-contrast': prefs.contrast,
    'data-elder': onOff(prefs.elder),
    'data-pinyin': onOff(prefs.pinyin),
    'data-reduced-motion': onOff(prefs.reducedMotion),
    'data-line-spacing': prefs.lineSpacing,
    'data-read-aloud': onOff(prefs.readAloud),
  };
}

/** Only attributes whose value changes are written, so observers of `<html>` hear of real changes only. */
export function applyPrefs(element: Pick<Element, 'getAttribute' | 'setAttribute'>, prefs: Prefs): void {
  for (const [name, value] of Object.entries(prefsAttributes(prefs))) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

/** The preferences as `<html>` shows them: what the controls display, whoever changed them. */
export function prefsFromAttributes(element: Pick<Element, 'getAttribute'>, media: MediaDefaults): Prefs {
  const read = (name: string) => element.getAttribute(name);
  const on = (name: string) => (read(name) === null ? undefined : read(name) === 'on');
  const shown = {
    textSize: Number(read('data-text-size')),
    contrast: read('data-contrast'),
    elder: on('data-elder'),
    pinyin: on('data-pinyin'),
    reducedMotion: on('data-reduced-motion'),
    lineSpacing: read('data-line-spacing'),
    readAloud: on('data-read-aloud'),
  };
  return parsePrefs(JSON.stringify(shown), media);
}
