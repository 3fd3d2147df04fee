import { describe, expect, it, vi } from 'vitest';
import { checkContent } from './index.ts';
import { guide } from './test-input.ts';
import { chinesePdfWithPredefinedCMap, makePdf, passwordPdf } from './test-pdfs.ts';

// The first PDF of a process loads pdf.js (about two seconds on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

const pdf = (name: string, bytes: Uint8Array) => ({ name, type: 'application/pdf', bytes });
const pdfErrors = async (attachments: Parameters<typeof checkContent>[0]['attachments']) =>
  (await checkContent(guide('正文。', { attachments }))).errors.filter((problem) => problem.field === 'attachments');

describe('PDF attachments without a text layer, read with pdf.js', () => {
  it('refuses a scan (pages that are only pictures), naming the file and asking for a text version', async () => {
    const found = await pdfErrors([pdf('年审通知.pdf', await makePdf(['text', 'text'])), pdf('年审通知（扫描件）.pdf', await makePdf(['scan', 'scan']))]);
    expect(found).toMatchObject([{ code: 'pdf-no-text', line: 2, excerpt: '年审通知（扫描件）.pdf' }]);
    expect(found[0]!.message).toContain('“年审通知（扫描件）.pdf”是扫描件');
    expect(found[0]!.message).toContain('文字版');
  });

  it('names the scanned pages of a PDF whose other pages have text, and lets a blank page be', async () => {
    const found = await pdfErrors([pdf('统计表.pdf', await makePdf(['text', 'scan', 'blank', 'scan']))]);
    expect(found).toMatchObject([{ code: 'pdf-no-text', line: 1 }]);
    expect(found[0]!.message).toContain('第 2、4 页是扫描的图片');
  });

  it('refuses a PDF that will not open: corrupt, cut short, or locked with a password', async () => {
    const whole = await makePdf(['text', 'text']);
    const found = await pdfErrors([
      pdf('损坏.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n%%EOF\n')),
      { name: '下载中断.pdf', type: 'application/octet-stream', bytes: whole.slice(0, whole.length >> 1) },
      pdf('加密.pdf', passwordPdf()),
    ]);
    expect(found.map((problem) => [problem.code, problem.line])).toEqual([['pdf-unreadable', 1], ['pdf-unreadable', 2], ['pdf-unreadable', 3]]);
    expect(found[0]!.message).toContain('打不开');
    expect(found[2]!.message).toContain('密码');
  });

  it('accepts PDFs with text, Chinese in a font the file does not embed included, and leaves other files alone', async () => {
    expect(await pdfErrors([
      pdf('notice.pdf', await makePdf(['text', 'text'])),
      pdf('残联通知.pdf', chinesePdfWithPredefinedCMap()),
      { name: '报名表.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) },
    ])).toEqual([]);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = await makePdf(['text']);
    const copy = bytes.slice();
    await pdfErrors([pdf('notice.pdf', bytes)]);
    expect(bytes).toEqual(copy);
  });

  it('reads bytes given as a Buffer, as node-postgres gives the stored files', async () => {
    expect(await pdfErrors([pdf('notice.pdf', Buffer.from(await makePdf(['text'])))])).toEqual([]);
    expect(await pdfErrors([pdf('scan.pdf', Buffer.from(await makePdf(['scan'])))])).toMatchObject([{ code: 'pdf-no-text' }]);
  });
});
