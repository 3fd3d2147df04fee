/**
 * Which files a reply may carry, and what a file is, found from its bytes (magic numbers), never from the browser's
 * claim: issue 13 point 2 (PDF, Word, Excel, OpenDocument, CSV, plain text, images). A file must also be named for
 * what it is: a program renamed `预算.pdf`, or a PDF named `.docx`, is refused, so the applicant's phone opens each
 * file with the program its name promises.
 */

import { type ReplyFileExtension, replyFileKinds } from '../../src/requests/reply-files.ts';

/** The media type the download is served with, and what the applicant reads in the link text ("PDF", "Word"…). */
export interface FileKind {
  type: string;
  label: string;
}

type Sniff = (bytes: Uint8Array) => boolean;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) => new TextDecoder('latin1').decode(bytes.subarray(start, end));

const pdf: Sniff = (bytes) => startsWith(bytes, ascii('%PDF-'));
/** Compound File Binary (OLE2): Word 97–2003 and Excel 97–2003 both; the name tells which. */
const ole: Sniff = (bytes) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const zip: Sniff = (bytes) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
/** Office Open XML: a zip whose entries' names (stored uncompressed) include the part the format requires. */
const ooxml = (part: string): Sniff => (bytes) => zip(bytes) && latin1(bytes).includes(part);
/** OpenDocument: a zip whose first entry is `mimetype`, stored, holding the document's media type (ODF 1.2 part 3, 3.3). */
const odf = (type: string): Sniff => (bytes) => zip(bytes) && latin1(bytes, 30, 38 + type.length) === `mimetype${type}`;
const png: Sniff = (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpeg: Sniff = (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]);
const gif: Sniff = (bytes) => startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'));
const webp: Sniff = (bytes) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
/**
 * Text: no NUL and no control character but tab, line feed, form feed and carriage return. Any encoding passes
 * (government CSV files are often GB 18030), and no binary format does: each has NUL or control bytes early on.
 */
const text: Sniff = (bytes) => bytes.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d);

const sniffers: Record<ReplyFileExtension, Sniff> = {
  pdf,
  doc: ole,
  docx: ooxml('word/document.xml'),
  xls: ole,
  xlsx: ooxml('xl/workbook.xml'),
  odt: odf(replyFileKinds.odt.type),
  ods: odf(replyFileKinds.ods.type),
  odp: odf(replyFileKinds.odp.type),
  csv: text,
  txt: text,
  png,
  jpg: jpeg,
  jpeg,
  gif,
  webp,
};

/** The name endings a reply's file may have, for the file input's `accept` and the staff's message. */
export const allowedExtensions = Object.keys(replyFileKinds) as ReplyFileExtension[];

/** What a refused file turned out to be, for a message that says why: a program, or simply not what its name says. */
export type Refusal = 'extension' | 'program' | 'mismatch';

const program: Sniff = (bytes) =>
  startsWith(bytes, ascii('MZ')) || // Windows .exe, .dll
  startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
  startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]) || startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O
  startsWith(bytes, ascii('#!')) || // a script
  startsWith(bytes, ascii('dex\n')); // Android

/** The name's ending, lower case, without the dot ('' when there is none). */
export const extensionOf = (name: string) => (/\.([^./\\]+)$/.exec(name)?.[1] ?? '').toLowerCase();

/**
 * The kind of a file named `name` holding `bytes`: its served type and label, or why it is refused — `extension` (a
 * name ending that is not on the list), `program` (an executable or script, whatever it is called), `mismatch`
 * (the bytes are not what the name ending says).
 */
export function fileKind(name: string, bytes: Uint8Array): FileKind | { refused: Refusal } {
  if (program(bytes)) return { refused: 'program' };
  const extension = extensionOf(name);
  if (!Object.hasOwn(replyFileKinds, extension)) return { refused: 'extension' };
  const known = extension as ReplyFileExtension;
  if (!sniffers[known](bytes)) return { refused: 'mismatch' };
  return { ...replyFileKinds[known] };
}
