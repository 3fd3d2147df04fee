/**
 * The components' examples rendered in the test process, loaded through tsx (`tsImport`) so their JSX compiles as
 * the app's does; their stylesheet imports are nothing here (the page links the built stylesheet instead).
 */
import { pathToFileURL } from 'node:url';
import { type Example, renderExample } from '../src/components/test-examples.ts';

/** `files` relative to src/; answers each export of each file by `<file>#<export>`. */
export async function renderExamples(files: string[]): Promise<Map<string, { html: string; lang: string }>> {
  // The site's address is written in by the build (vite.config.ts `define`); the unit tests use this one too.
  (globalThis as { __SITE_URL__?: string }).__SITE_URL__ ??= 'https://example.test';
  const rendered = new Map<string, { html: string; lang: string }>();
  for (const file of files) {
    const examples: Record<string, Example> = await import(pathToFileURL(new URL(`../src/${file}`, import.meta.url).pathname).href);
    for (const [name, example] of Object.entries(examples)) rendered.set(`${file}#${name}`, renderExample(example));
  }
  return rendered;
}
