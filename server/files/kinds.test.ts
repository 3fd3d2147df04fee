import { describe, expect, it } from 'vitest';
import { fileKindLabel, fileSizeText, MAX_FILE_BYTES, replyFileKinds } from '../../src/requests/reply-files.ts';
import { contentDisposition } from './download.ts';
import { fileKind } from './kinds.ts';
import { checkUploads, keptName } from './uploads.ts';
import { csvBytes, exeBytes, pdfBytes, pngBytes } from './test-files.ts';

const text = (value: string) => new TextEncoder().encode(value);
/** A zip's first local header with one stored entry, as OpenDocument and Office Open XML files begin. */
function zipWith(name: string, content = '') {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  new DataView(header.buffer).setUint16(26, name.length, true);
  return new Uint8Array([...header, ...text(name), ...text(content), ...text('PK\x01\x02'), ...text(name)]);
}

describe('what a reply file is, from its bytes', () => {
  it('knows each allowed kind by its magic number and name', () => {
    expect(fileKind('预算.pdf', pdfBytes)).toEqual({ type: 'application/pdf', label: 'PDF' });
    expect(fileKind('名单.CSV', csvBytes)).toEqual({ type: 'text/csv', label: 'CSV' });
    expect(fileKind('说明.txt', new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x0d, 0x0a]))).toEqual({ type: 'text/plain', label: 'TXT' }); // GB 18030 “中文”
    expect(fileKind('图.png', pngBytes)).toMatchObject({ type: 'image/png' });
    expect(fileKind('照片.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ type: 'image/jpeg' });
    expect(fileKind('旧.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatchObject({ label: 'Word' });
    expect(fileKind('旧.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatchObject({ label: 'Excel' });
    expect(fileKind('新.docx', zipWith('[Content_Types].xml', '<Types/>word/document.xml'))).toMatchObject({ label: 'Word' });
    expect(fileKind('表.xlsx', zipWith('xl/workbook.xml'))).toMatchObject({ label: 'Excel' });
    expect(fileKind('文.odt', zipWith('mimetype', 'application/vnd.oasis.opendocument.text'))).toMatchObject({ label: 'ODT' });
    expect(fileKind('表.ods', zipWith('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toMatchObject({ label: 'ODS' });
  });

  it('refuses programs whatever their name, files not named for what they are, and names not on the list', () => {
    expect(fileKind('预算.pdf', exeBytes)).toEqual({ refused: 'program' });
    expect(fileKind('说明.txt', text('#!/bin/sh\nrm -rf /\n'))).toEqual({ refused: 'program' });
    expect(fileKind('run.pdf', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toEqual({ refused: 'program' });
    expect(fileKind('预算.docx', pdfBytes)).toEqual({ refused: 'mismatch' });
    // A zip that is not a Word document, named as one; an OpenDocument spreadsheet named as a text document.
    expect(fileKind('报告.docx', zipWith('payload.bin'))).toEqual({ refused: 'mismatch' });
    expect(fileKind('报告.odt', zipWith('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toEqual({ refused: 'mismatch' });
    expect(fileKind('说明.txt', new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ refused: 'mismatch' });
    expect(fileKind('页面.html', text('<p>hi</p>'))).toEqual({ refused: 'extension' });
    expect(fileKind('图.svg', text('<svg/>'))).toEqual({ refused: 'extension' });
    expect(fileKind('没有后缀', pdfBytes)).toEqual({ refused: 'extension' });
  });

  it('limits one file to 20 MB and one reply to 100 MB', () => {
    const full = new Uint8Array(MAX_FILE_BYTES);
    full.set(pdfBytes);
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.pdf`, bytes: full }));
    expect(checkUploads(five)).toMatchObject({ files: { length: 5 } });
    expect(checkUploads([...five, { name: '5.pdf', bytes: pdfBytes }])).toEqual({
      errors: [{ field: 'files', message: '一次答复的文件合计不能超过 100 MB。请分几次用其他方式提供' }],
    });
  });

  it('keeps the name as sent, without a path or control characters', () => {
    expect(keptName('2017 年部门预算说明.pdf')).toBe('2017 年部门预算说明.pdf');
    expect(keptName('C:\\Users\\李\\预算.pdf')).toBe('预算.pdf');
    expect(keptName('a\u0000b\u202e.pdf')).toBe('ab.pdf');
    expect(keptName('')).toBe('未命名');
    expect([...keptName(`${'长'.repeat(300)}.pdf`)]).toHaveLength(200);
    expect(keptName(`${'长'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
  });

  it('downloads under the real name in every browser, and a safe one in old ones', () => {
    expect(contentDisposition('预算 "2017".pdf')).toBe(`attachment; filename="__ _2017_.pdf"; filename*=UTF-8''%E9%A2%84%E7%AE%97%20%222017%22.pdf`);
    expect(contentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });

  it('says sizes as people read them', () => {
    expect(fileSizeText(1.2 * 1024 * 1024, '字节')).toBe('1.2 MB');
    expect(fileSizeText(340 * 1024, 'bytes')).toBe('340 KB');
    expect(fileSizeText(800, 'bytes')).toBe('800 bytes');
    expect(fileSizeText(15 * 1024 * 1024 + 300_000, '字节')).toBe('15 MB');
  });
});

describe('the kind a link names', () => {
  it('is the label of each allowed kind, found from its media type', () => {
    for (const kind of Object.values(replyFileKinds)) expect(fileKindLabel(kind.type), kind.type).toBe(kind.label);
  });
});
