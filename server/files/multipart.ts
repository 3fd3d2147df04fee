/**
 * A reply posted as `multipart/form-data` (the staff console's form with its file input, and the API): read under
 * its own limit, MAX_MULTIPART_BYTES, while the 64 KiB limit stays for JSON and urlencoded bodies. Either way in
 * wraps its own answer around `readReplyPost`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { limitBody } from '../http/limits.ts';
import { FILES_FIELD, isMultipart, MAX_MULTIPART_BYTES, type Upload, uploadsOf } from './uploads.ts';

/** A multipart reply as read: its text fields (text parts only; a file in a text field is not text) and its files. */
export interface ReplyPost {
  fields: Record<string, unknown>;
  uploads: Upload[];
}

/**
 * Handles a route's multipart posts with `handle` and leaves every other body to the route's next handlers. A body
 * over MAX_MULTIPART_BYTES gets `tooLarge` (413, the connection closed, nothing read further); one that cannot be read
 * as multipart gets `unreadable` (400).
 */
export function multipartReply(
  handle: (c: Context, post: ReplyPost) => Promise<Response>,
  answers: { tooLarge: (c: Context) => Response | Promise<Response>; unreadable: (c: Context) => Response | Promise<Response> },
): MiddlewareHandler {
  const limited = limitBody(MAX_MULTIPART_BYTES, answers.tooLarge);
  return async (c, next) => {
    if (!isMultipart(c)) return next();
    let answer: Response | undefined;
    const refused = await limited(c, async () => {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        answer = await answers.unreadable(c);
        return;
      }
      const fields: Record<string, unknown> = {};
      for (const [name, value] of form) if (name !== FILES_FIELD && !(name in fields)) fields[name] = value;
      answer = await handle(c, { fields, uploads: await uploadsOf(form) });
    });
    return (refused as Response | undefined) ?? answer;
  };
}
