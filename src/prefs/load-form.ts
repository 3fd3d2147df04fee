import type { ComponentType } from 'preact';
import type { Locale } from '../i18n/locales.ts';

export type PreferencesFormType = ComponentType<{ idPrefix: string; onClose?: () => void }>;

/** The controls and their text are fetched on first use: every page carries only the button that asks for them. */
export function loadPreferencesForm(locale: Locale): Promise<PreferencesFormType> {
  return import('./PreferencesForm.tsx').then((module) => module.loadPreferencesForm(locale));
}
