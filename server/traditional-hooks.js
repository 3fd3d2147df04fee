/**
 * The server runs without Vite, but imports the app's text as the build does: `import('./zh-Hans.ts?zh-Hant')`
 * gives that module with its Chinese text in traditional characters (build/i18n/traditional-plugin.ts). This
 * module hook does the same conversion for Node: load it before tsx, so that tsx compiles the converted source.
 *
 *   node --import ./server/traditional-hooks.js --import tsx server/index.ts
 *
 * Plain JavaScript because it runs before tsx. The conversion is build/i18n/traditional.ts's toTraditionalModule, with the same phrase corrections.
 *
 * It also lets the server import the app's components that import their own stylesheet (`import './X.css'`), as
 * the server renders pages from them (server/pages/render.tsx): there a stylesheet is an empty module, since the
 * pages link the build's stylesheet instead.
 */
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const SUFFIX = '?zh-Hant';

if (isMainThread) register(import.meta.url);

/** @type {((text: string) => string) | undefined} */
let toTraditional;

/** @param {string} url @param {object} context @param {Function} nextLoad */
export async function load(url, context, nextLoad) {
  if (new URL(url).pathname.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  if (!url.endsWith(SUFFIX)) return nextLoad(url, context);
  const loaded = await nextLoad(url, context);
  if (!toTraditional) {
    const { Converter } = await import('opencc-js');
    const { correctPhrases } = await import('../build/i18n/phrase-corrections.js');
    const convert = Converter({ from: 'cn', to: 'tw' });
    toTraditional = (text) => correctPhrases(convert(text));
  }
  const source = toTraditional(String(loaded.source))
    .replaceAll("'zh-Hans'", "'zh-Hant'")
    .replace(/(\bfrom\s+'\.{1,2}\/[^']+\.tsx?)'/g, `$1${SUFFIX}'`);
  return { ...loaded, source };
}
