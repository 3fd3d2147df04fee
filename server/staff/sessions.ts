import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Queryable } from '../db/database.ts';
import type { Staff } from './accounts.ts';

/**
 * A signed-in staff member's session: a random token in an HttpOnly, SameSite=Strict cookie, stored only as its
 * SHA-256. A session ends 8 hours after sign-in, whatever happens in between (a working day; an absolute limit,
 * so a stolen cookie is not kept alive by use), or when the person signs out.
 */
export const SESSION_HOURS = 8;
export const SESSION_COOKIE = 'staff_session';

const tokenHash = (token: string) => createHash('sha256').update(`staff-session:${token}`).digest('hex');

export async function createSession(db: Queryable, staffId: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  // Sessions that have ended are of no use to anyone: clear them as new ones begin.
  await db.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now.toISOString()]);
  await db.query('INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash(token),
    staffId,
    now.toISOString(),
    expires.toISOString(),
  ]);
  return token;
}

export async function findSession(db: Queryable, token: string, now: Date): Promise<Staff | undefined> {
  if (!/^[\w-]{43}$/.test(token)) return undefined;
  const [row] = await db.query<Staff>(
    `SELECT staff.id, staff.name FROM staff_sessions JOIN staff ON staff.id = staff_sessions.staff_id
     WHERE token_hash = $1 AND expires_at > $2`,
    [tokenHash(token), now.toISOString()],
  );
  return row;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash(token)]);
}

/** Browsers keep a Secure cookie only over HTTPS, which a test server on this machine does not have. */
function isLocal(c: Context): boolean {
  const host = new URL(c.req.url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: !isLocal(c),
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: !isLocal(c), httpOnly: true, sameSite: 'Strict' });
}

export const sessionToken = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);
