import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/requests/reply-files.ts';
import type { Database } from '../db/database.ts';
import { writeBackup } from '../db/backup.ts';
import { testDatabases } from '../db/test-databases.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { citizenStatus, fileRequest, ORIGIN, staffPost, type StaffTestApp, useSignedInConsole } from '../staff/test-staff.ts';
import { csvBytes, exeBytes, multipartPost, pdfBytes, replyForm } from './test-files.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const AUTUMN = '2026-09-14T01:30:00Z';
const TABLES = 'staff, staff_sessions, audit_log, request_events, reply_files, mail_outbox, deliveries, requests, request_counters, sign_in_failures, request_allowances';
const disclosed = { outcome: 'disclosed', replyText: '您申请的预算说明见附件。' };

describe.each(testDatabases())('reply files on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;
  let cookie: string;
  useSignedInConsole(open, TABLES, AUTUMN, (signedIn) => ({ db, dist, t, cookie } = signedIn));

  const reply = (reference: string, form: FormData) => multipartPost(t.app, cookie, `/api/staff/requests/${reference}/reply`, form);
  const stored = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reply_files'))[0]!.n;

  it('keeps the files byte for byte, under their names, and gives them only to the holder of the status token', async () => {
    const receipt = await fileRequest(t.app);
    const other = await fileRequest(t.app);
    const answered = await reply(receipt.reference, replyForm(disclosed, [
      { name: '2017年部门预算说明.pdf', bytes: pdfBytes, type: 'application/x-anything' },
      { name: '预算表.csv', bytes: csvBytes },
    ]));
    expect(answered.status).toBe(200);

    const status = await citizenStatus(t.app, receipt);
    expect(status.reply.text).toBe(disclosed.replyText);
    expect(status.reply.files).toEqual([
      { name: '2017年部门预算说明.pdf', type: 'application/pdf', size: pdfBytes.byteLength, href: expect.stringMatching(new RegExp(`^/api/requests/${receipt.reference}/files/\\d+$`)) },
      { name: '预算表.csv', type: 'text/csv', size: csvBytes.byteLength, href: expect.stringMatching(/\/files\/\d+$/) },
    ]);

    const [pdf, csv] = status.reply.files as { href: string }[];
    const download = await t.app.request(`${pdf!.href}?token=${receipt.statusToken}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdfBytes);
    expect(download.headers.get('Content-Type')).toBe('application/pdf');
    expect(download.headers.get('Cache-Control')).toBe('no-store');
    expect(download.headers.get('Content-Disposition')).toBe(
      `attachment; filename="2017_______.pdf"; filename*=UTF-8''${encodeURIComponent('2017年部门预算说明.pdf')}`,
    );
    expect(new Uint8Array(await (await t.app.request(`${csv!.href}?token=${receipt.statusToken}`)).arrayBuffer())).toEqual(csvBytes);

    // Without the token, with a wrong one, with another request's: nothing, and the same answer as for no file.
    for (const query of ['', '?token=', '?token=wrong', `?token=${other.statusToken}`]) {
      const refused = await t.app.request(`${pdf!.href}${query}`);
      expect(refused.status, query).toBe(404);
      expect(await refused.text()).not.toContain('PDF');
    }
    // Another request's own token does not open this request's file under that request's reference either.
    const fileId = pdf!.href.split('/').pop();
    expect((await t.app.request(`/api/requests/${other.reference}/files/${fileId}?token=${other.statusToken}`)).status).toBe(404);
  });

  it('refuses a renamed program with a message naming the file, and stores nothing of the reply', async () => {
    const receipt = await fileRequest(t.app);
    const refused = await reply(receipt.reference, replyForm(disclosed, [{ name: '预算说明.pdf', bytes: exeBytes, type: 'application/pdf' }]));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ errors: [{ field: 'files', message: '不能发送「预算说明.pdf」：它是可执行程序，不是文档' }] });
    expect(await stored()).toBe(0);
    expect((await citizenStatus(t.app, receipt)).status).toBe('received');

    const mismatch = await reply(receipt.reference, replyForm(disclosed, [{ name: '预算说明.docx', bytes: pdfBytes }]));
    expect(mismatch.status).toBe(422);
    expect((await mismatch.json()).errors[0].message).toContain('文件的内容与文件名的类型不符');
    expect(await stored()).toBe(0);
  });

  it('refuses a file over 20 MB with a 4xx, and a body over the multipart limit unread, storing nothing', async () => {
    const receipt = await fileRequest(t.app);
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(pdfBytes);
    const tooBig = await reply(receipt.reference, replyForm(disclosed, [{ name: '全年账目.pdf', bytes: big }]));
    expect(tooBig.status).toBe(422);
    expect((await tooBig.json()).errors[0]).toEqual({ field: 'files', message: '「全年账目.pdf」超过 20 MB，不能发送。请拆分或压缩后再上传' });

    const huge = await t.app.request(`/api/staff/requests/${receipt.reference}/reply`, {
      method: 'POST',
      headers: { Origin: ORIGIN, Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(102 * 1024 * 1024) },
      body: '--x--',
    });
    expect(huge.status).toBe(413);
    const broken = await t.app.request(`/api/staff/requests/${receipt.reference}/reply`, {
      method: 'POST',
      headers: { Origin: ORIGIN, Cookie: cookie, 'Content-Type': 'multipart/form-data' },
      body: 'not multipart at all',
    });
    expect(broken.status).toBe(400);
    expect(await stored()).toBe(0);
    expect((await citizenStatus(t.app, receipt)).status).toBe('received');
  });

  it('keeps the 64 KB limit for JSON replies, which still work without files', async () => {
    const receipt = await fileRequest(t.app);
    const tooLong = await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/reply`, { ...disclosed, replyText: 'x'.repeat(70 * 1024) });
    expect(tooLong.status).toBe(413);
    const plain = await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/reply`, disclosed);
    expect(plain.status).toBe(200);
    expect((await citizenStatus(t.app, receipt)).reply.files).toEqual([]);
  });

  it('takes files from the console form posted without JavaScript, and shows a refused file on the form again', async () => {
    const receipt = await fileRequest(t.app);
    const path = `/staff/requests/${receipt.reference}/reply/`;
    const form = await (await t.app.request(path, { headers: { Cookie: cookie } })).text();
    expect(form).toContain('enctype="multipart/form-data"');
    expect(form).toMatch(/<input[^>]*type="file"[^>]*name="files"[^>]*multiple/);

    const refused = await multipartPost(t.app, cookie, path, replyForm(disclosed, [{ name: 'setup.pdf', bytes: exeBytes }]));
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('不能发送「setup.pdf」：它是可执行程序，不是文档');
    // What was typed is still there.
    expect(page).toContain(disclosed.replyText);

    const sent = await multipartPost(t.app, cookie, path, replyForm(disclosed, [{ name: '预算说明.pdf', bytes: pdfBytes }]));
    expect(sent.status).toBe(303);
    expect((await citizenStatus(t.app, receipt)).reply.files).toMatchObject([{ name: '预算说明.pdf', type: 'application/pdf', size: pdfBytes.byteLength }]);
  });

  it('is in the backup, bytes and all', async () => {
    const receipt = await fileRequest(t.app);
    expect((await reply(receipt.reference, replyForm(disclosed, [{ name: '预算说明.pdf', bytes: pdfBytes }]))).status).toBe(200);
    const lines: string[] = [];
    await writeBackup(db, (line) => void lines.push(line));
    const rows = lines.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { table?: string; row?: Record<string, string> });
    const file = rows.find((line) => line.table === 'reply_files')!.row!;
    expect(file.name).toBe('预算说明.pdf');
    expect(file.content).toBe(`\\x${Buffer.from(pdfBytes).toString('hex')}`);
  });
});
