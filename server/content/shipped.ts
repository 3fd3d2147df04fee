/**
 * The items shipped as Markdown files (src/content/disclosure, src/content/guides, their English in src/content/en/),
 * read so that staff can edit them like any other (issue 14 point 1): the first time staff save a draft of one, the
 * file is imported as the item's first version (server/content/actions.ts). The build keeps serving the file until
 * then. Read with the build's own reader (build/content/load.ts), so the fields are the ones the build checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentSource } from '../../build/content/load.ts';
import { type Collection, type ContentText, SLUG } from './fields.ts';

/** src/content, where the shipped files are. */
export const shippedContentDir = fileURLToPath(new URL('../../src/content', import.meta.url));

function read(path: string): { fields: Record<string, unknown>; body: string } | undefined {
  if (!existsSync(path)) return undefined;
  const { data, body } = readContentSource(readFileSync(path, 'utf8'));
  return { fields: data, body: body.replace(/^\n+/, '') };
}

/**
 * The shipped file of `collection`/`slug` in `dir` (default src/content) as a version's text: its front matter, its
 * Markdown body, and the English file's if there is one; undefined when no such file is shipped.
 * @throws Error when the file's front matter is not valid YAML (the build would have failed on it too).
 */
export function readShipped(collection: Collection, slug: string, dir: string = shippedContentDir): ContentText | undefined {
  if (!SLUG.test(slug)) return undefined;
  const chinese = read(join(dir, collection, `${slug}.md`));
  if (!chinese) return undefined;
  return { ...chinese, english: read(join(dir, 'en', collection, `${slug}.md`)) ?? null };
}

/**
 * The slugs of the collection's shipped files in `dir` (default src/content), sorted: the items staff may take over
 * from the build by editing them. None when the folder is missing.
 */
export function shippedSlugs(collection: Collection, dir: string = shippedContentDir): string[] {
  const folder = join(dir, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -3))
    .filter((slug) => SLUG.test(slug))
    .sort();
}
