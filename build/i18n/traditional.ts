import { Converter } from 'opencc-js';

/**
 * Build time only: simplified Chinese → traditional Chinese (Taiwan standard characters). Traditional pages are
 * generated from the simplified text, never converted in the browser, and never written by hand.
 */
export const toTraditional: (text: string) => string = Converter({ from: 'cn', to: 'tw' });

/**
 * The source of a module, with its text in traditional Chinese: its language tag says so, and the modules it
 * imports by relative address are taken converted too. Kept in step with server/traditional-hooks.js.
 */
export function toTraditionalModule(source: string): string {
  return toTraditional(source)
    .replaceAll("'zh-Hans'", "'zh-Hant'")
    .replace(/(\bfrom\s+'\.{1,2}\/[^']+\.tsx?)'/g, "$1?zh-Hant'");
}
