/**
 * Accessibility preferences (DESIGN.md, "Contracts"): stored in localStorage under `prefs` as JSON, shown on
 * `<html>` as data attributes that the stylesheet and other features key on. Pure functions only: the boot
 * script (boot.ts, in every page before first paint, so every byte here counts) and the controls build on them.
 */
export const PREFS_KEY = 'prefs';

/** Every preference and its valid values, the default first (contrast and motion: see defaultPrefs). */
export const CHOICES = {
  textSize: [100, 125, 150, 175, 200],
  contrast: ['standard', 'high', 'dark'],
  elder: [false, true],
  pinyin: [false, true],
  reducedMotion: [false, true],
  lineSpacing: ['standard', 'wide', 'wider'],
  readAloud: [false, true],
} as const;

type Choices = typeof CHOICES;
export type Prefs = { -readonly [K in keyof Choices]: Choices[K][number] };
export type TextSize = Prefs['textSize'];
export type Contrast = Prefs['contrast'];
export type LineSpacing = Prefs['lineSpacing'];

/** The phone's own settings that stand as defaults until the person chooses otherwise. */
export const MEDIA = {
  moreContrast: '(prefers-contrast: more)',
  dark: '(prefers-color-scheme: dark)',
  reducedMotion: '(prefers-reduced-motion: reduce)',
};

/** Whether the phone matches a media query: `(query) => matchMedia(query).matches` in a browser. */
export type Matches = (query: string) => boolean;

const keys = /* @__PURE__ */ Object.keys(CHOICES) as (keyof Prefs)[];

export function defaultPrefs(matches: Matches): Prefs {
  const prefs = Object.fromEntries(keys.map((key) => [key, CHOICES[key][0]])) as Prefs;
  // Someone who asked their phone for more contrast needs it more than someone who likes dark screens.
  prefs.contrast = matches(MEDIA.moreContrast) ? 'high' : matches(MEDIA.dark) ? 'dark' : 'standard';
  prefs.reducedMotion = matches(MEDIA.reducedMotion);
  return prefs;
}

function parsed(stored: string | null | undefined): Record<string, unknown> | undefined {
  try {
    return JSON.parse(stored!);
  } catch {
    return undefined;
  }
}

const valid = (key: keyof Prefs, value: unknown) => (CHOICES[key] as readonly unknown[]).includes(value);

/**
 * Missing or invalid keys (another type, an unknown step, broken JSON) take the defaults, so the phone's
 * settings still count for whatever the person never chose.
 */
export function parsePrefs(stored: string | null | undefined, matches: Matches): Prefs {
  const value = parsed(stored);
  const defaults = defaultPrefs(matches);
  return Object.fromEntries(keys.map((key) => [key, valid(key, value?.[key]) ? value![key] : defaults[key]])) as Prefs;
}

/** The valid choices in a stored value, and nothing else. */
export function storedChoices(stored: string | null | undefined): Partial<Prefs> {
  const value = parsed(stored);
  return Object.fromEntries(keys.filter((key) => valid(key, value?.[key])).map((key) => [key, value![key]]));
}

/**
 * Stores only what the person chose: a key they never touched keeps following the phone (switch the phone to
 * dark at night and the site follows, unless a contrast was chosen here).
 */
export function withChoice<K extends keyof Prefs>(stored: string | null | undefined, key: K, value: Prefs[K]): string {
  return JSON.stringify({ ...storedChoices(stored), [key]: value });
}

/** `readAloud` → `data-read-aloud`. */
export const attributeName = (key: string) => `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** Every attribute is always set, so the stylesheet and other features key on these alone; booleans are on/off. */
export function prefsAttributes(prefs: Prefs): Record<string, string> {
  return Object.fromEntries(keys.map((key) => {
    const value = prefs[key];
    return [attributeName(key), value === true ? 'on' : value === false ? 'off' : String(value)];
  }));
}

/** Only attributes whose value changes are written, so observers of `<html>` hear of real changes only. */
export function applyPrefs(element: Pick<Element, 'getAttribute' | 'setAttribute'>, prefs: Prefs): void {
  for (const [name, value] of Object.entries(prefsAttributes(prefs))) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

/** The preferences as `<html>` shows them: what the controls display, whoever changed them. */
export function prefsFromAttributes(element: Pick<Element, 'getAttribute'>, matches: Matches): Prefs {
  const shown: Record<string, unknown> = {};
  for (const key of keys) {
    const value = element.getAttribute(attributeName(key));
    shown[key] = value === 'on' ? true : value === 'off' ? false : key === 'textSize' ? Number(value) : value;
  }
  return parsePrefs(JSON.stringify(shown), matches);
}
