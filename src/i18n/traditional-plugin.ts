import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toTraditional } from './traditional.ts';

const SUFFIX = '?zh-Hant';

/**
 * `import('./zh-Hans.ts?zh-Hant')` gives the module with every Chinese character in its source converted to
 * traditional Chinese at build time. Code is ASCII, so only the text changes.
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
      return toTraditional(readFileSync(file, 'utf8')).replaceAll("'zh-Hans'", "'zh-Hant'");
    },
  };
}
