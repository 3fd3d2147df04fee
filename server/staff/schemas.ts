/**
 * The bodies the staff console takes, as valibot schemas (the project's style: src/requests/rules/schema.ts): which
 * fields each form and JSON body may have, each text. The JSON API refuses any other field (422, README "Staff
 * API"); a page's form drops it. Whether a value is acceptable for this request now (required, length, a date not
 * in the future, an outcome of the report's rows) depends on the request's state and is the action's to check
 * (server/staff/actions.ts), inside its transaction.
 *
 * A field that is not text is reported with the message for a missing one: what staff must do is the same.
 */
import * as v from 'valibot';
import { isStorableText } from '../../src/requests/rules/characters.ts';
import type { ActionName } from './views.tsx';
import { staffText as s } from './text.ts';
import { MAX_TRACKING_NUMBER } from '../mail/deliveries.ts';

/**
 * Optional text; `message` when it is not text. Refuses what cannot be stored (src/requests/rules/characters.ts:
 * control characters, lone surrogates; tab, CR and LF allowed when `multiline`) before any action or query sees it.
 */
const text = (message: string, multiline = false) => v.optional(v.pipe(v.string(message), v.check((value) => isStorableText(value, multiline), s.errors.characters)));

/** Sign-in: `{name, password}`. */
export const signInBody = v.object({
  name: text(s.signIn.missingName),
  // Never stored nor shown: only hashed, so any character may be part of it.
  password: v.optional(v.string(s.signIn.missingPassword)),
});

/** Each action's body, by the console's name for the action. */
export const actionBodies = {
  'ask-completion': v.object({ note: text(s.errors.note, true) }),
  'record-completion': v.object({ date: text(s.errors.completionDate) }),
  extend: v.object({ reason: text(s.errors.reason, true) }),
  reply: v.object({
    outcome: text(s.errors.outcome),
    replyText: text(s.errors.replyText, true),
    refusalReason: text(s.errors.refusalReason, true),
    legalBasis: text(s.errors.legalBasis, true),
  }),
  'add-appeal': v.object({
    kind: text(s.errors.appealKind),
    filedOn: text(s.errors.filedOn),
    result: text(s.errors.appealResult),
    decidedOn: text(s.errors.decidedOn),
  }),
  consult: v.object({ thirdParty: text(s.errors.thirdParty) }),
  'record-third-party': v.object({ date: text(s.errors.thirdPartyDate) }),
  'update-appeal': v.object({ result: text(s.errors.appealResult), decidedOn: text(s.errors.decidedOn) }),
  'record-delivery': v.object({ method: text(s.errors.deliveryMethod), date: text(s.errors.deliveryDate), trackingNumber: text(s.errors.trackingNumber(MAX_TRACKING_NUMBER)) }),
} satisfies Record<ActionName, v.ObjectSchema<v.ObjectEntries, undefined>>;
