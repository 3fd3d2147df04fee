/**
 * The files a staff member sends with a reply, read from a `multipart/form-data` post (one `files` part per file) and
 * checked before anything is stored: each file's kind from its bytes (./kinds.ts), each at most MAX_FILE_BYTES and
 * all together at most MAX_REPLY_FILES_BYTES. Refusals are field errors on `files`, in the console's language
 * (simplified Chinese), naming the file, so staff know which one to change.
 */
import type { Context } from 'hono';
import type { FieldError } from '../../src/requests/contract.ts';
import { MAX_FILE_BYTES, MAX_REPLY_FILES_BYTES } from '../../src/requests/reply-files.ts';
import { allowedExtensions, fileKind, type Refusal } from './kinds.ts';

/** A file as posted: its name (as the browser sent it) and its bytes. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** A file that passed the checks: its kept name, its type found from the bytes, its bytes. */
export interface CheckedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** The field the files come in, in a form and in the API's multipart body. */
export const FILES_FIELD = 'files';

/** A multipart body's own bytes beyond its files: the text fields (64 KiB at most, as JSON) and each part's headers. */
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;
/** The most a multipart reply may send: every file at its limit, and the text fields. Bigger is refused unread (413). */
export const MAX_MULTIPART_BYTES = MAX_REPLY_FILES_BYTES + MULTIPART_OVERHEAD_BYTES;

const MB = (bytes: number) => `${bytes / 1024 / 1024} MB`;

export const uploadMessages = {
  refused: {
    extension: (name: string) => `不能发送「${name}」：只能发送 PDF、Word、Excel、OpenDocument、CSV、纯文本和图片文件（${allowedExtensions.map((ext) => `.${ext}`).join(' ')}）`,
    program: (name: string) => `不能发送「${name}」：它是可执行程序，不是文档`,
    mismatch: (name: string) => `不能发送「${name}」：文件的内容与文件名的类型不符。请用生成它的程序另存为正确的类型后再上传`,
  } satisfies Record<Refusal, (name: string) => string>,
  tooLarge: (name: string) => `「${name}」超过 ${MB(MAX_FILE_BYTES)}，不能发送。请拆分或压缩后再上传`,
  tooMuch: `一次答复的文件合计不能超过 ${MB(MAX_REPLY_FILES_BYTES)}。请分几次用其他方式提供`,
  /** The 413 answer's words: the whole body was over the limit and was not read. */
  bodyTooLarge: `上传的内容超过 ${MB(MAX_MULTIPART_BYTES)}，没有保存任何内容`,
};

/**
 * The name kept for a file: the last part of what the browser sent (some send a path), without control characters,
 * at most 200 characters (its ending kept); "未命名" when nothing is left.
 */
export function keptName(sent: string): string {
  const base = sent.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const characters = [...clean];
  if (characters.length === 0) return '未命名';
  if (characters.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const ending = dot > 0 ? [...clean.slice(dot)].slice(0, 16).join('') : '';
  return characters.slice(0, 200 - [...ending].length).join('') + ending;
}

/** Checks `uploads` in order: the files to store, or one error on `files` naming the first file refused. */
export function checkUploads(uploads: readonly Upload[]): { files: CheckedFile[] } | { errors: FieldError[] } {
  const files: CheckedFile[] = [];
  let total = 0;
  for (const upload of uploads) {
    const name = keptName(upload.name);
    if (upload.bytes.byteLength > MAX_FILE_BYTES) return { errors: [{ field: FILES_FIELD, message: uploadMessages.tooLarge(name) }] };
    total += upload.bytes.byteLength;
    if (total > MAX_REPLY_FILES_BYTES) return { errors: [{ field: FILES_FIELD, message: uploadMessages.tooMuch }] };
    const kind = fileKind(name, upload.bytes);
    if ('refused' in kind) return { errors: [{ field: FILES_FIELD, message: uploadMessages.refused[kind.refused](name) }] };
    files.push({ name, type: kind.type, bytes: upload.bytes });
  }
  return { files };
}

/** True when the request's body is `multipart/form-data`. */
export function isMultipart(c: Context): boolean {
  return c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';
}

/**
 * The `files` parts of a form already read by Hono (the same body, cached), as uploads. A file input left empty sends
 * a part with no name and no bytes: not a file. Text sent in a `files` part is not a file either.
 */
export async function uploadsOf(form: FormData): Promise<Upload[]> {
  const parts = form.getAll(FILES_FIELD).filter((part): part is File => typeof part !== 'string' && !(part.name === '' && part.size === 0));
  return Promise.all(parts.map(async (part) => ({ name: part.name, bytes: new Uint8Array(await part.arrayBuffer()) })));
}
