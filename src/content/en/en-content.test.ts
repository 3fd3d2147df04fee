import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutLocale } from '../../i18n/locales.ts';
import { loadContent, parseContentFile } from '../../../build/content/load.ts';
import { publicPaths } from '../../../build/content/public-paths.ts';
import type { Section } from '../schema.ts';

/**
 * The English translations sit beside the content they translate, one file per Chinese original with the same
 * slug. A translation changes the words, never the facts: these checks hold it to its original.
 */
const enDir = fileURLToPath(new URL('.', import.meta.url));
const chinese = loadContent(join(enDir, '..'));
const sections = ['guides', 'pages', 'disclosure'] as const satisfies readonly Section[];

function translations<S extends (typeof sections)[number]>(section: S) {
  const folder = join(enDir, section);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      return { source, item: parseContentFile(section, join(folder, file), source, enDir) };
    });
}

const english = {
  guides: translations('guides'),
  pages: translations('pages'),
  disclosure: translations('disclosure'),
};
const all = sections.flatMap((section) => english[section].map((entry) => ({ section, ...entry })));

function original<S extends (typeof sections)[number]>(section: S, slug: string) {
  const found = (chinese[section] as { slug: string }[]).find((item) => item.slug === slug);
  if (!found) throw new Error(`en/${section}/${slug}.md has no Chinese original ${section}/${slug}.md`);
  return found as (typeof chinese)[S][number];
}

/** Han characters, kana, hangul and CJK punctuation (the full-width colon and comma among them). */
const cjk = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const chineseSpan = /<span lang="zh-Hans">([^<]*)<\/span>/g;

/** The text of the front matter: every field but the slug and the rendered body. */
const frontMatterText = ({ slug: _slug, html: _html, ...fields }: { slug: string; html: string }) => JSON.stringify(fields);
/** Numbers a reader sees, from the front matter and the body's text (not from its link addresses or entities). */
function numbers(item: { slug: string; html: string }): Set<string> {
  const body = item.html.replace(/<[^>]*>|&#?\w+;/g, ' ');
  return new Set(`${frontMatterText(item)} ${body}`.match(/\d+(\.\d+)?/g) ?? []);
}

/** Numbers the English spells in digits where the Chinese uses Chinese numerals. */
const numeralsInChinese: Record<string, string[]> = {
  'certificate-new': ['1', '4'], // 一级至四级: grade 1 to grade 4
};

describe('English content', () => {
  it('translates every guide and every page', () => {
    expect(english.guides.map(({ item }) => item.slug)).toEqual(chinese.guides.map((guide) => guide.slug).sort());
    expect(english.pages.map(({ item }) => item.slug)).toEqual(chinese.pages.map((page) => page.slug).sort());
  });

  it('has a Chinese original for every file, with the same slug', () => {
    for (const { section, item } of all) expect(() => original(section, item.slug)).not.toThrow();
  });

  it('keeps the guides’ facts: order, date and the number of each kind of item', () => {
    for (const { item } of english.guides) {
      const zh = original('guides', item.slug);
      expect(item.order, item.slug).toBe(zh.order);
      expect(item.updated, item.slug).toBe(zh.updated);
      expect(item.eligibility.length, `${item.slug} eligibility`).toBe(zh.eligibility.length);
      expect(item.bring.length, `${item.slug} bring`).toBe(zh.bring.length);
      expect(item.steps.length, `${item.slug} steps`).toBe(zh.steps.length);
      expect(item.legalBasis.length, `${item.slug} legalBasis`).toBe(zh.legalBasis.length);
      expect(item.keywords.length, `${item.slug} keywords`).toBeGreaterThan(0);
    }
  });

  it('keeps the pages’ dates', () => {
    for (const { item } of english.pages) expect(item.updated, item.slug).toBe(original('pages', item.slug).updated);
  });

  it('keeps the disclosure items’ category, date, document number and attachments', () => {
    for (const { item } of english.disclosure) {
      const zh = original('disclosure', item.slug);
      expect([item.category, item.date, item.documentNumber], item.slug).toEqual([zh.category, zh.date, zh.documentNumber]);
      expect(item.attachments.map((file) => file.href), item.slug).toEqual(zh.attachments.map((file) => file.href));
    }
  });

  it('gives every number of the Chinese, and no number the Chinese does not give', () => {
    for (const { section, item } of all) {
      const zh = numbers(original(section, item.slug));
      const en = numbers(item);
      for (const number of zh) expect(en.has(number), `${item.slug} lost ${number}`).toBe(true);
      const allowed = new Set([...zh, ...(numeralsInChinese[item.slug] ?? [])]);
      for (const number of en) expect(allowed.has(number), `${item.slug} added ${number}`).toBe(true);
    }
  });

  it('invents no phone number', () => {
    for (const { item } of all) expect(JSON.stringify(item), item.slug).not.toMatch(/\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,}/);
  });

  it('has no Chinese text outside a fragment marked lang="zh-Hans"', () => {
    for (const { item } of all) {
      // Front matter is shown as plain text, where no lang can be marked: it must be English only.
      expect(frontMatterText(item), `${item.slug} front matter`).not.toMatch(cjk);
      expect(item.html.replace(chineseSpan, ''), `${item.slug} body`).not.toMatch(cjk);
    }
  });

  it('keeps each marked Chinese fragment in the rendered page, and marks only Chinese', () => {
    for (const { source, item } of all) {
      const marked = [...source.matchAll(chineseSpan)].map(([, text]) => text);
      expect([...item.html.matchAll(chineseSpan)].map(([, text]) => text), item.slug).toEqual(marked);
      for (const text of marked) expect(text, item.slug).toMatch(cjk);
    }
  });

  it('links to English pages that exist', () => {
    const paths = new Set(publicPaths(chinese));
    for (const { item } of all) {
      for (const [, href] of item.html.matchAll(/href="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        expect(href, `${item.slug} links to ${href}`).toMatch(/^\/en\//);
        expect(paths.has(withoutLocale(href!).replace(/#.*$/, '')), `${item.slug} links to ${href}`).toBe(true);
      }
    }
  });

  it('links where its original links, in the same order', () => {
    for (const { section, item } of all) {
      const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map(([, href]) => withoutLocale(href!));
      expect(links(item.html), item.slug).toEqual(links(original(section, item.slug).html));
    }
  });
});
