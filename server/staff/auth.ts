import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '../http/problem.ts';
import type { Database } from '../db/database.ts';
import type { Staff } from './accounts.ts';
import { findSession, sessionToken } from './sessions.ts';
import { apiHref, staffHref, staffSignInHref } from '../../src/addresses/addresses.ts';

/** Hono's environment for staff routes: `c.get('staff')` is whoever is signed in. */
export type StaffEnv = { Variables: { staff: Staff } };

export const SIGN_IN_PATH = staffSignInHref;

const isApi = (c: Context) => new URL(c.req.url).pathname.startsWith(apiHref);

/** A page's address to come back to after signing in: only our own staff pages. */
export function safeNext(value: string | undefined): string {
  return value && /^\/staff\/[\w\-./%?=&]*$/.test(value) && !value.includes('//') && !value.includes('..') ? value : staffHref;
}

/**
 * Sets `c.get('staff')` for a signed-in staff member. Without a session (none, ended, or signed out) the API answers
 * 401 problem+json and a page redirects to the sign-in form, which comes back here afterwards.
 */
export function createRequireStaff(options: { db: Database; now: () => Date }): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const token = sessionToken(c);
    const staff = token ? await findSession(options.db, token, options.now()) : undefined;
    if (staff) {
      c.set('staff', staff);
      await next();
      c.res.headers.set('Cache-Control', 'no-store');
      return;
    }
    if (isApi(c)) {
      return problem(c, 401, 'Unauthorized', { detail: 'Sign in first: POST /api/staff/session' }, { 'Cache-Control': 'no-store' });
    }
    const url = new URL(c.req.url);
    const back = c.req.method === 'GET' ? `?next=${encodeURIComponent(url.pathname + url.search)}` : '';
    return c.redirect(`${SIGN_IN_PATH}${back}`, 303);
  };
}

/** Types an HTML form can send from any site without the browser asking first. */
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * Whether a request that changes something (any method but GET, HEAD, OPTIONS) comes from this site: its `Origin` is
 * this site's, or its `Sec-Fetch-Site` is `same-origin`. A request that names another site in either is refused,
 * whatever its Content-Type (JSON included: a page elsewhere can send it with `fetch` and CORS's "no-cors" mode,
 * the cookie aside). A request naming no site at all (a script, curl) is refused only when a form could have sent
 * it; one without a body type (signing out) is not.
 */
export function isSameSitePost(c: Context): boolean {
  if (/^(GET|HEAD|OPTIONS)$/.test(c.req.method)) return true;
  const origin = c.req.header('Origin');
  const site = c.req.header('Sec-Fetch-Site');
  if (origin === new URL(c.req.url).origin || site === 'same-origin') return true;
  if (origin !== undefined || site !== undefined) return false;
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  return type === undefined || !FORM_TYPES.has(type);
}

/**
 * Refuses, with `refuse`'s answer, a post from another site (see `isSameSitePost`). The SameSite=Strict cookie
 * already keeps the session out of such a post; this also stops a forged sign-in.
 */
export function sameOriginPosts(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    if (!isSameSitePost(c)) return refuse(c);
    return next();
  };
}
