import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { csvBytes, multipartPost, pdfBytes, replyForm } from '../files/test-files.ts';
import { useTestDatabase } from '../test/database.ts';
import { CONTENT_START, CONTENT_TABLES, contentTestApp, contentTestFile, notice, shippedFolder, staffMember } from './test-content.ts';

contentTestFile();
const ITEM = `/staff/content/disclosure/${notice.slug}/`;
const PAGE = `/disclosure/${notice.slug}/`;
const NAME = '2026年就业保障金申报表.pdf';

describe.each(testDatabases())('the files of a published item on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  useTestDatabase(open, CONTENT_TABLES, (opened) => ({ db, dist } = opened));

  let t: ReturnType<typeof contentTestApp>;
  beforeEach(() => {
    // The authoring checks pass everything here: what is tested is where the files go, not the PDF's text layer.
    t = contentTestApp(db, dist, { start: CONTENT_START, shippedDir: shippedFolder(), check: async () => ({ errors: [], warnings: [] }) });
  });
  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });

  /** The notice with its English, a link of its own and `NAME` attached, published by an administrator; the file's address. */
  async function publishWithFile() {
    const admin = await staffMember(db, t.app, '管理员');
    expect((await admin.saveDraft({ ...notice, attachments: [{ title: '办事指南', href: '/guides/bus-pass/' }], english: { ...notice, collection: undefined, slug: undefined, title: 'Notice' } })).status).toBe(201);
    expect((await multipartPost(t.app, admin.cookie, `${ITEM}files/`, replyForm({}, [{ name: NAME, bytes: pdfBytes, type: 'application/pdf' }]))).status).toBe(303);
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);
    const html = await (await get(PAGE)).text();
    const href = /<a href="(\/disclosure\/[^"]+\/files\/\d+\/[^"]+)" download>/.exec(html)?.[1];
    expect(href).toBeDefined();
    return { admin, href: href!, html };
  }

  it('lists the file among the page’s attachments in every language and serves it with its type, name, nosniff and an ETag', async () => {
    const { href, html } = await publishWithFile();
    expect(href).toMatch(new RegExp(`^${PAGE}files/\\d+/${encodeURIComponent(NAME)}$`));
    // After the link staff typed, titled with the file's name.
    expect(html).toMatch(new RegExp(`<h2 id="attachments">.*<a href="/guides/bus-pass/" download>办事指南</a>.*<a href="${href}" download>${NAME}</a>`, 's'));
    expect(await (await get(`/en${PAGE}`)).text()).toContain(`<a href="${href}" download>${NAME}</a>`);
    expect(await (await get(`/zh-Hant${PAGE}`)).text()).toContain(`<a href="${href}" download>`);

    const file = await get(href);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdfBytes);
    expect(file.headers.get('Content-Type')).toBe('application/pdf');
    expect(file.headers.get('Content-Length')).toBe(String(pdfBytes.byteLength));
    expect(file.headers.get('Content-Disposition')).toBe(`attachment; filename="2026_________.pdf"; filename*=UTF-8''${encodeURIComponent(NAME)}`);
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const etag = file.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const again = await get(href, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers 404 for a file only on the draft, under another name or item, and for an item never published', async () => {
    const { admin, href } = await publishWithFile();
    expect((await multipartPost(t.app, admin.cookie, `${ITEM}files/`, replyForm({}, [{ name: '新表.csv', bytes: csvBytes, type: 'text/csv' }]))).status).toBe(303);
    const [draftFile] = await db.query<{ id: number }>("SELECT id FROM content_files WHERE name = '新表.csv'");
    expect((await get(`${PAGE}files/${draftFile!.id}/${encodeURIComponent('新表.csv')}`)).status).toBe(404);
    expect((await get(href.replace(/[^/]+$/, 'other.pdf'))).status).toBe(404);
    expect((await get(href.replace(/files\/\d+/, 'files/999999'))).status).toBe(404);
    expect((await get(href.replace(notice.slug, 'another-notice'))).status).toBe(404);

    const writer = await staffMember(db, t.app, '王撰稿', ['writer']);
    expect((await writer.saveDraft({ ...notice, slug: 'draft-notice' })).status).toBe(201);
    expect((await multipartPost(t.app, writer.cookie, '/staff/content/disclosure/draft-notice/files/', replyForm({}, [{ name: 'draft.pdf', bytes: pdfBytes, type: 'application/pdf' }]))).status).toBe(303);
    const [unpublished] = await db.query<{ id: number }>("SELECT id FROM content_files WHERE name = 'draft.pdf'");
    const response = await get(`/disclosure/draft-notice/files/${unpublished!.id}/draft.pdf`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('%PDF');
  });

  it('answers 410 for a withdrawn item’s file', async () => {
    const { admin, href } = await publishWithFile();
    expect((await admin.withdraw('disclosure', notice.slug, { reason: '政策已调整' })).status).toBe(200);
    const gone = await get(href);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await gone.text()).not.toContain('%PDF');
  });
});
