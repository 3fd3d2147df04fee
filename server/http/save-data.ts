import type { MiddlewareHandler } from 'hono';
import { SAVE_DATA_TIMING } from '../../src/offline/save-data.ts';
import { isDocument } from './security.ts';

/**
 * Save-Data honoured (issue 16, point 5): a page asked for with `Save-Data: on` says so to its own code, as a
 * `Server-Timing` entry (`save-data`, readable from the page's navigation timing), since a page cannot read its
 * request's headers; its service worker then downloads nothing ahead (src/offline/save-data.ts). Every document
 * answer varies on the header, so that no cache hands one person's answer to another.
 */
export const saveDataTiming: MiddlewareHandler = async (c, next) => {
  await next();
  if (!isDocument(c.req.path, c.res)) return;
  c.res.headers.append('Vary', 'Save-Data');
  if (c.req.header('Save-Data')?.trim().toLowerCase() === 'on') c.res.headers.append('Server-Timing', SAVE_DATA_TIMING);
};
