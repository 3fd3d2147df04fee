import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { Marked } from 'marked';
import * as v from 'valibot';
import { sanitizeContentHtml } from './sanitize.ts';
import { sections, type Disclosure, type Guide, type Page, type Report, type Section } from '../../src/content/schema.ts';

/** Build-time only: reads the content files, checks them and renders their Markdown. */

export interface Content {
  guides: Guide[];
  disclosure: Disclosure[];
  pages: Page[];
  reports: Report[];
}

export class ContentError extends Error {
  override name = 'ContentError';
}

const markdown = new Marked({ gfm: true });

/**
 * A content item's Markdown body as the page's HTML (GitHub-flavoured, trimmed), its raw HTML sanitised
 * (./sanitize.ts): the one rendering of the shipped files and of what staff publish and preview
 * (server/content/public-pages.tsx), so both read alike and neither carries a script.
 */
export const renderMarkdown = (body: string): string => sanitizeContentHtml(markdown.parse(body) as string).trim();

/** YAML turns an unquoted 2017-03-12 into a Date; the schema wants the text the author wrote. */
function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, datesAsText(item)]));
  }
  return value;
}

function describe(issue: v.BaseIssue<unknown>): string {
  const field = v.getDotPath(issue) ?? '(front matter)';
  if (issue.type === 'strict_object' && issue.expected === 'never') return `field "${field}": is not a known field`;
  if (issue.received === 'undefined') return `field "${field}": is missing`;
  return `field "${field}": ${issue.message}`;
}

/**
 * A content file's front matter (dates as the text the author wrote) and its Markdown body, unchecked: what the
 * server imports when staff first edit a shipped item (server/content/shipped.ts).
 * @throws Error when the front matter is not valid YAML.
 */
export function readContentSource(source: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(source);
  return { data: datesAsText(parsed.data) as Record<string, unknown>, body: parsed.content };
}

export function parseContentFile<S extends Section>(section: S, file: string, source: string, root = '') {
  const name = root ? relative(root, file) : file;
  let parsed: { data: Record<string, unknown>; body: string };
  try {
    parsed = readContentSource(source);
  } catch (error) {
    throw new ContentError(`${name}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const result = v.safeParse(sections[section], parsed.data);
  if (!result.success) {
    throw new ContentError(`${name}: ${result.issues.map(describe).join('; ')}`);
  }
  const slug = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new ContentError(`${name}: the file name must be a lowercase slug like "bus-pass"`);
  }
  const html = renderMarkdown(parsed.body);
  return { ...result.output, slug, html };
}

function loadSection<S extends Section>(dir: string, section: S, root: string) {
  const folder = join(dir, section);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const path = join(folder, file);
      return parseContentFile(section, path, readFileSync(path, 'utf8'), root);
    });
}

export function loadContent(dir: string, root = dir): Content {
  const content: Content = {
    guides: loadSection(dir, 'guides', root).sort((a, b) => a.order - b.order),
    disclosure: loadSection(dir, 'disclosure', root),
    pages: loadSection(dir, 'pages', root),
    reports: loadSection(dir, 'reports', root).sort((a, b) => b.year - a.year),
  };
  for (const report of content.reports) {
    if (report.slug !== String(report.year)) {
      throw new ContentError(`reports/${report.slug}.md: field "year": ${report.year} does not match the file name`);
    }
  }
  return content;
}
