import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { contentReview } from '../../../src/config/site.ts';
import { staffAxeHref, staffContentPreviewHref, staffPreviewCheckHref } from '../../../src/addresses/addresses.ts';
import { locales } from '../../../src/i18n/locales.ts';
import type { Queryable } from '../../db/database.ts';
import { AXE_TAGS } from '../checks/axe-tags.ts';
import type { FieldError } from '../../../src/requests/contract.ts';
import { type Collection, publishable } from '../fields.ts';
import type { PublishedItem } from '../public.ts';
import { draftFiles, type Item, stepsOfRound } from '../store.ts';
import { consoleText } from './text.ts';

const t = consoleText.preview;

/**
 * The item's current draft as `findPublished` would give it once published (issue 14 point 1, "preview in the real
 * page frame"): its fields, body, English and the files on the draft, numbered as the next version, credited to those
 * who have signed off in this round so far (the credits the page will show, as far as they are known). The fields
 * as publishing reads them (defaults filled); a draft not yet complete has no page: its per-field errors instead.
 */
export async function draftAsPublished(db: Queryable, item: Item, now: Date): Promise<PublishedItem | { errors: FieldError[] }> {
  const ready = publishable(item.collection, { fields: item.fields, body: item.body, english: item.english });
  if ('errors' in ready) return ready;
  const [files, steps, first] = await Promise.all([
    draftFiles(db, item.id),
    stepsOfRound(db, item.id, item.reviewRound),
    db.query<{ at: Date }>('SELECT published_at AS at FROM content_versions WHERE item_id = $1 AND number = 1', [item.id]),
  ]);
  const labels = new Map(contentReview.steps.map((step) => [step.step, step.label]));
  return {
    collection: item.collection,
    slug: item.slug,
    fields: ready.text.fields,
    body: ready.text.body,
    english: ready.text.english,
    files: files.map(({ id, name, type, size }) => ({ id, name, type, size })),
    version: (item.liveVersion ?? 0) + 1,
    publishedAt: now.toISOString(),
    firstPublishedAt: (first[0]?.at ?? now).toISOString(),
    skippedReview: false,
    credits: steps.filter((step) => step.decision === 'sign-off').map((step) => ({ step: step.step, label: labels.get(step.step) ?? step.step, name: step.staffName })),
  };
}

let axeSource: Promise<{ text: string; etag: string }> | undefined;

/** axe-core's browser build (the `axe-core` package the tests use, so the same rules), read once when first asked for. */
function axeScript(): Promise<{ text: string; etag: string }> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8').then((text) => ({
    text,
    etag: `"${createHash('sha256').update(text).digest('base64url')}"`,
  }));
  return axeSource;
}

/**
 * `GET /staff/content/axe.js`: axe-core, about 550 KB, which each of the three preview frames loads. Open to anyone,
 * like the staff stylesheet, since it is a published library holding nothing of the site's: mounted before the
 * console's sign-in check, whose `no-store` would make a phone download it three times on every item's page. Kept,
 * and revalidated by its ETag.
 */
export function axeRoutes(): Hono {
  const routes = new Hono();
  routes.get(staffAxeHref, async (c) => {
    const { text, etag } = await axeScript();
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
    return c.body(text, 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  return routes;
}

let checkSource: Promise<string> | undefined;

/** The console's script that runs axe on each preview frame (./preview-check.js). */
export function previewCheckScript(): Promise<string> {
  checkSource ??= readFile(new URL('./preview-check.js', import.meta.url), 'utf8');
  return checkSource;
}

/**
 * The item page's preview: for each language, a link to the draft's page and the page itself in a same-origin frame
 * (hidden from screen readers and the keyboard, which have the link), then what axe found there, with the tags the tests use (issue 14 point 6), said in a live region. The check runs
 * in the staff member's browser (./preview-check.js); without JavaScript the frames still show the pages, and the
 * region says there is no check.
 */
export function PreviewSection({ collection, slug }: { collection: Collection; slug: string }) {
  return (
    <>
      <h2 id="preview">{t.title}</h2>
      <p>{t.intro}</p>
      {locales.map((locale) => {
        const language = t.languages[locale];
        return (
          <section key={locale} aria-labelledby={`preview-${locale}`}>
            <h3 id={`preview-${locale}`}>{language}</h3>
            <p><a href={staffContentPreviewHref(collection, slug, locale)}>{t.open(language)}</a></p>
            {/* A picture of the page for the eye: screen readers and the keyboard get the same page by the link above,
                whole, rather than three pages' landmarks and links inside this one (which axe counts as duplicates). */}
            <iframe
              class="preview-frame" src={staffContentPreviewHref(collection, slug, locale)} title={t.frameTitle(language)} aria-hidden="true" tabIndex={-1}
              data-axe-result={`preview-result-${locale}`}
            />
            <div class="preview-result" id={`preview-result-${locale}`} role="status" aria-live="polite">
              <p>{t.noScript}</p>
            </div>
          </section>
        );
      })}
      <script
        src={staffPreviewCheckHref}
        data-axe={staffAxeHref}
        data-tags={AXE_TAGS.join(' ')}
        data-text={JSON.stringify({ unfinished: t.unfinished, checking: t.checking, passed: t.passed, failed: t.failed, failedTitle: t.failedTitle, broken: t.broken, element: t.element })}
      />
    </>
  );
}
