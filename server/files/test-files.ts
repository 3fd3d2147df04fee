/** Files as the tests send them: real magic numbers, a body after them, and a multipart post like a browser's. */
/** The site's own origin, as the staff console's posts must come from (server/staff/test-staff.ts). */
const ORIGIN = 'http://localhost';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : [...part])));

/** A small PDF: its header, then every byte value, so a round trip that changes any byte is caught. */
export const pdfBytes = bytes('%PDF-1.7\n', Array.from({ length: 256 }, (_, i) => i), '\n%%EOF\n');
export const csvBytes = bytes('年份,预算（万元）\n2017,120.5\n');
/** A Windows program ("MZ" and a PE stub), as a renamed executable would be. */
export const exeBytes = bytes('MZ', [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], 'This program cannot be run in DOS mode.');
export const pngBytes = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR');

/** A multipart/form-data body: the text fields, then one `files` part per file. */
export function replyForm(fields: Record<string, string>, files: { name: string; bytes: Uint8Array; type?: string }[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append('files', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? 'application/octet-stream' }));
  return form;
}

/** Posts `form` as multipart/form-data to `path` (the browser's own encoding, boundary and all), signed in. */
export function multipartPost(app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, cookie: string, path: string, form: FormData) {
  return app.request(path, { method: 'POST', headers: { Origin: ORIGIN, Cookie: cookie }, body: form });
}
