/**
 * What the staff console's pages (server/staff/pages.tsx, /staff/…) and its API (server/staff/api.ts,
 * /api/staff/…) share: signing in and out, who is signed in, the page frame, and the actions on a request.
 * Each of the two only turns these into its own kind of answer (HTML or JSON).
 */
import type { Context } from 'hono';
import { type LetterFacts, site } from '../../src/config/site.ts';
import type { FieldError } from '../../src/requests/contract.ts';
import type { Database } from '../db/database.ts';
import { findStaffByName, type Staff } from './accounts.ts';
import {
  type ActionContext,
  type ActionResult,
  addAppeal,
  askForCompletion,
  consultThirdParty,
  extendDeadline,
  type Input,
  recordCompletion,
  recordDelivery,
  recordThirdPartyAnswer,
  reply,
} from './actions.ts';
import { createRequireStaff, type StaffEnv } from './auth.ts';
import { siteStylesheet } from './layout.tsx';
import { hashForUnknownNames, verifyPassword } from './passwords.ts';
import { clearSessionCookie, createSession, endSession, sessionToken } from './sessions.ts';
import { staffText as s } from './text.ts';
import { createSignInThrottle, type SignInThrottle } from './throttle.ts';
import type { ActionName } from './views.tsx';
import type { MailQueueing } from '../mail/letter-mail.ts';

export interface StaffOptions {
  db: Database;
  now: () => Date;
  /** The build: its stylesheet dresses the staff pages like the rest of the site. */
  distDir: string;
  /** Who is asking, for the sign-in slow-down. */
  clientAddress: (c: Context) => string;
  /** Working days to answer in; default site.disclosure.replyWorkingDays. */
  replyWorkingDays?: number;
  /** Working days an extension adds; default site.disclosure.extensionWorkingDays. */
  extensionWorkingDays?: number;
  throttle?: SignInThrottle;
  /** The bodies letters name and the letter number's prefix; default site.letters (tests set their own). */
  letterFacts?: LetterFacts;
  /** E-mail is configured: replies are queued to applicants who chose e-mail (server/mail/). */
  mail?: MailQueueing;
}

export type SignInResult = { kind: 'signed-in'; staff: Staff; token: string } | { kind: 'wrong' } | { kind: 'slow-down'; retryAfterSeconds: number };

/** The actions on a request itself (the appeal's update, which names an appeal too, is `updateAppeal`). */
export type RequestActionName = Exclude<ActionName, 'update-appeal'>;

export const requestActions: Record<RequestActionName, (context: ActionContext, reference: string, input: Input) => Promise<ActionResult<unknown>>> = {
  'ask-completion': askForCompletion,
  'record-completion': recordCompletion,
  extend: extendDeadline,
  reply,
  'add-appeal': addAppeal,
  consult: consultThirdParty,
  'record-third-party': recordThirdPartyAnswer,
  'record-delivery': recordDelivery,
};

/** An appeal's id in an address: a positive integer the database can hold; anything else is no appeal. */
export const appealId = (text: string): number | undefined => (/^\d{1,9}$/.test(text) ? Number(text) : undefined);

/** The name (trimmed) and password of a sign-in, or what is missing. */
export function signInFields(body: { name?: string; password?: string }): { name: string; password: string } | { errors: FieldError[] } {
  const name = (body.name ?? '').trim();
  const password = body.password ?? '';
  const errors: FieldError[] = [];
  if (name === '') errors.push({ field: 'name', message: s.signIn.missingName });
  if (password === '') errors.push({ field: 'password', message: s.signIn.missingPassword });
  return errors.length > 0 ? { errors } : { name, password };
}

export interface StaffConsole {
  options: StaffOptions;
  /** Sets `c.get('staff')` ({id, name}); without a session a page redirects to sign in and the API answers 401. */
  requireStaff: ReturnType<typeof createRequireStaff>;
  /** The page frame: the site's stylesheet and who is signed in. */
  frame(c: Context): { stylesheet?: string; staff?: Staff };
  /** What an action needs: the database, who acts, when. */
  actionContext(c: Context<StaffEnv>): ActionContext;
  replyWorkingDays: number;
  extensionWorkingDays: number;
  /** Checks a name and password against the slow-down and the accounts; starts a session when they match. */
  signIn(c: Context, name: string, password: string): Promise<SignInResult>;
  /** Ends the request's session, if any, and clears its cookie. */
  signOut(c: Context): Promise<void>;
}

export function createStaffConsole(options: StaffOptions): StaffConsole {
  const throttle = options.throttle ?? createSignInThrottle({ db: options.db, now: () => options.now().getTime() });
  const stylesheet = siteStylesheet(options.distDir);
  return {
    options,
    requireStaff: createRequireStaff(options),
    frame: (c) => ({ stylesheet, staff: (c as Context<StaffEnv>).get('staff') as Staff | undefined }),
    actionContext: (c) => ({
      db: options.db,
      staff: c.get('staff'),
      now: options.now(),
      replyWorkingDays: options.replyWorkingDays,
      extensionWorkingDays: options.extensionWorkingDays,
      letterFacts: options.letterFacts,
      mail: options.mail,
    }),
    replyWorkingDays: options.replyWorkingDays ?? site.disclosure.replyWorkingDays,
    extensionWorkingDays: options.extensionWorkingDays ?? site.disclosure.extensionWorkingDays,
    async signIn(c, name, password) {
      const address = options.clientAddress(c);
      // Counted as a failure before the password is checked, so attempts sent at once cannot all slip past the count.
      const decision = await throttle.reserve(name, address);
      if (!decision.allowed) return { kind: 'slow-down', retryAfterSeconds: decision.retryAfterSeconds };
      const staff = await findStaffByName(options.db, name);
      // The same work for an unknown name as for a wrong password: the time taken does not tell which names exist.
      const matches = await verifyPassword(password, staff?.passwordHash ?? (await hashForUnknownNames()));
      if (!staff || !matches) return { kind: 'wrong' };
      await throttle.succeeded(name, address);
      const token = await createSession(options.db, staff.id, options.now());
      return { kind: 'signed-in', staff: { id: staff.id, name: staff.name }, token };
    },
    async signOut(c) {
      const token = sessionToken(c);
      if (token) await endSession(options.db, token);
      clearSessionCookie(c);
    },
  };
}
