import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toTraditionalModule } from './traditional.ts';

const SUFFIX = '?zh-Hant';

/**
 * `import('../../src/i18n/zh-Hans.ts?zh-Hant')` gives the module with every Chinese character in its source converted to
 * traditional Chinese at build time, and the modules it imports by relative address converted the same way
 * (the interface text takes the site's names from src/config/site.ts). Code is ASCII, so only the text changes.
 * The server, which runs without Vite, does the same through server/traditional-hooks.js.
 */
export function traditionalPlugin(): Plugin {
  return {
    name: 'accessible-disclosure:zh-Hant',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith(SUFFIX)) return;
      const resolved = await this.resolve(id.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      // Keeping a .ts ending lets the TypeScript transform run on the converted source.
      return resolved && `${resolved.id}${SUFFIX}.ts`;
    },
    load(id) {
      if (!id.endsWith(`${SUFFIX}.ts`)) return;
      const file = id.slice(0, -`${SUFFIX}.ts`.length);
      this.addWatchFile(file);
      return toTraditionalModule(readFileSync(file, 'utf8'));
    },
  };
}
