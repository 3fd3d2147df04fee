import { Converter } from 'opencc-js';
import { correctPhrases } from './phrase-corrections.js';

const convert = Converter({ from: 'cn', to: 'tw' });

/**
 * Simplified Chinese → traditional Chinese (Taiwan standard characters), by opencc-js and then the reviewed
 * phrase-correction list (./phrase-corrections.js). The one conversion for the build, the server
 * (server/traditional-hooks.js applies the same list) and anything staff publish: traditional pages are generated
 * from the simplified text, never converted in the browser, and never written by hand.
 */
export const toTraditional = (text: string): string => correctPhrases(convert(text));

/**
 * The source of a module, with its text in traditional Chinese: its language tag says so, and the modules it
 * imports by relative address are taken converted too. Kept in step with server/traditional-hooks.js.
 */
export function toTraditionalModule(source: string): string {
  return toTraditional(source)
    .replaceAll("'zh-Hans'", "'zh-Hant'")
    .replace(/(\bfrom\s+'\.{1,2}\/[^']+\.tsx?)'/g, "$1?zh-Hant'");
}
