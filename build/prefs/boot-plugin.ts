import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import type { Plugin } from 'vite';
import { BOOT_SCRIPT } from '../document/static-head.ts';

/** The address of the boot script, written once with the rest of every page's head. */
export { BOOT_SCRIPT };

const entry = fileURLToPath(new URL('../../src/prefs/boot.ts', import.meta.url));

/** boot.ts and what it imports, as one minified classic script: no module loader, nothing else to fetch. */
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

/**
 * Serves `/prefs.js` in `npm run dev` and writes it into the build. A fixed name, not a hashed one: the
 * prerendered pages name it in their `<head>`, and the service worker's precache keeps its revision.
 */
export function prefsBootPlugin(): Plugin {
  return {
    name: 'accessible-disclosure:prefs-boot',
    applyToEnvironment: (environment) => environment.name === 'client',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== BOOT_SCRIPT) return next();
        bundleBootScript().then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: BOOT_SCRIPT.slice(1), source: await bundleBootScript() });
    },
  };
}
