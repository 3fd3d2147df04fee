import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_LISTS_FILE, type BuildLists } from '../../build/content/plugin.ts';
import type { Locale } from '../../src/i18n/locales.ts';

/**
 * The build's own lists of each language (`dist/.vite/content-lists.json`, build/content/plugin.ts): the server's list
 * pages merge what staff published into them (server/content/lists.tsx), and the mailbox's form names the page a
 * question was asked from by them (server/questions/form-pages.tsx).
 */
export type Lists = Record<Locale, BuildLists>;

/** The build's lists, read once; undefined when the build wrote none (an old build, a test's fixture). */
export function readLists(distDir: string): () => Lists | undefined {
  let lists: Lists | undefined | null = null;
  return () => {
    if (lists !== null) return lists;
    try {
      lists = JSON.parse(readFileSync(join(distDir, BUILD_LISTS_FILE), 'utf8')) as Lists;
    } catch {
      lists = undefined;
    }
    return lists;
  };
}

