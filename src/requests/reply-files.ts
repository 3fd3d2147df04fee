/**
 * The files sent with a reply, as the status API lists them (`RequestStatus.reply.files`) and the applicant's page
 * names them: declared once for the server, which checks uploads against these kinds (server/files/kinds.ts), and the
 * phone, which writes the link text "2017 年部门预算说明（PDF，1.2 MB）".
 */

/** The kinds a reply's file may be, by name ending: the media type it is served as and the label people read. */
export const replyFileKinds = {
  pdf: { type: 'application/pdf', label: 'PDF' },
  doc: { type: 'application/msword', label: 'Word' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
  xls: { type: 'application/vnd.ms-excel', label: 'Excel' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel' },
  odt: { type: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
  ods: { type: 'application/vnd.oasis.opendocument.spreadsheet', label: 'ODS' },
  odp: { type: 'application/vnd.oasis.opendocument.presentation', label: 'ODP' },
  csv: { type: 'text/csv', label: 'CSV' },
  txt: { type: 'text/plain', label: 'TXT' },
  png: { type: 'image/png', label: 'PNG' },
  jpg: { type: 'image/jpeg', label: 'JPEG' },
  jpeg: { type: 'image/jpeg', label: 'JPEG' },
  gif: { type: 'image/gif', label: 'GIF' },
  webp: { type: 'image/webp', label: 'WebP' },
} as const;

export type ReplyFileExtension = keyof typeof replyFileKinds;

/** One file of a reply: `href` + `?token=<statusToken>` downloads it; `size` in bytes; `type` a media type. */
export interface ReplyFile {
  name: string;
  type: string;
  size: number;
  href: string;
}

/** Most bytes one file may have (20 MiB), and all the files of one reply together (100 MiB): issue 13 point 2. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_REPLY_FILES_BYTES = 100 * 1024 * 1024;

/**
 * "PDF" for application/pdf: the label `replyFileKinds` gives each type (a test holds them equal), found by rule rather
 * than from the table, which the phone's code then leaves out (the request pages' budget is a few hundred bytes).
 */
export function fileKindLabel(type: string): string {
  if (/word/.test(type)) return 'Word';
  if (/excel|spreadsheetml/.test(type)) return 'Excel';
  const odf = /opendocument\.(\w)/.exec(type);
  if (odf) return `OD${odf[1]!.toUpperCase()}`;
  if (type === 'text/plain') return 'TXT';
  if (type === 'image/webp') return 'WebP';
  return (type.split('/')[1] ?? type).toUpperCase();
}

/**
 * A size in bytes as people read it, in binary units as phones' file managers show them: "1.2 MB", "340 KB",
 * "800 bytes" (`bytes` the word for the smallest, in the page's language). One decimal below 10, none above.
 */
export function fileSizeText(size: number, bytes: string): string {
  const units = ['KB', 'MB', 'GB'];
  if (size < 1024) return `${size} ${bytes}`;
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${units[unit]}`;
}
