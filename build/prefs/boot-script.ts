import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const entry = fileURLToPath(new URL('../../src/prefs/boot.ts', import.meta.url));

/**
 * boot.ts and what it imports, as one minified classic script: no module loader, nothing else to fetch. Written
 * inline into every citizen page's head (build/document/inline-head.ts), where it runs before the first paint.
 */
export async function bundleBootScript(): Promise<string> {
  const { output } = await build({
    input: entry,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
    output: { format: 'iife', minify: true },
  });
  return output[0].code;
}
