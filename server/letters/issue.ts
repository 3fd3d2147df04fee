/**
 * Issues a letter for a staff action, inside the action's own transaction: numbered, composed in the request's
 * language, stored. The delivery (mail outbox, print) reads what this returns or what was stored.
 */
import { site, type LetterFacts } from '../../src/config/site.ts';
import type { LetterKind } from '../../src/requests/contract.ts';
import type { Queryable } from '../db/database.ts';
import { chinaDate } from '../requests/due-date.ts';
import { outcomeText } from '../requests/outcome-text.ts';
import { findRequestById, type StaffRequest } from '../requests/repository.ts';
import { composeLetter } from './compose.ts';
import { insertLetter, nextLetterSerial } from './store.ts';

/** The converter's dictionaries load only when a traditional-Chinese letter is first written. */
let traditional: Promise<(text: string) => string> | undefined;
const toTraditional = () => (traditional ??= import('../../build/i18n/traditional.ts').then((module) => module.toTraditional));

export interface IssuedLetter {
  id: number;
  number: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Whether a reply with this outcome must name the remedies: every outcome but full disclosure (DESIGN.md,
 * "Letters and remedies"). A partial disclosure withholds something, so it names them too.
 */
export const namesRemedies = (outcome: string | null): boolean => outcome !== 'disclosed';

/** The site-config facts a letter of this kind and outcome needs that are still empty: `reviewBody`, `court`. */
export function missingLetterFacts(kind: LetterKind, outcome: string | null, facts: LetterFacts = site.letters): (keyof LetterFacts)[] {
  if (kind !== 'reply' || !namesRemedies(outcome)) return [];
  return (['reviewBody', 'court'] as const).filter((fact) => facts[fact].trim() === '');
}

/** Thrown when a letter needs a fact the site config lacks; the action checks first, so this means a caller did not. */
export class LetterFactsMissing extends Error {}

/**
 * Numbers, composes and stores the letter telling the applicant of `kind` (the request as it is now, after the
 * action's change), and returns it. `tx` must be the action's transaction: the letter and its number stand or fall
 * with the action. The number is the China year of `now` and the year's next serial (`残联公复〔2026〕12号`).
 * Throws LetterFactsMissing when the letter must name a body the site config leaves empty.
 */
export async function issueLetter(
  tx: Queryable,
  { requestId, kind, now, facts = site.letters }: { requestId: number; kind: LetterKind; now: Date; facts?: LetterFacts },
): Promise<IssuedLetter> {
  const request = await findRequestById(tx, requestId);
  if (!request) throw new Error(`No request ${requestId}`);
  const missing = missingLetterFacts(kind, request.outcome, facts);
  if (missing.length > 0) throw new LetterFactsMissing(`The site config lacks ${missing.join(', ')}`);
  const issuedOn = chinaDate(now);
  const year = Number(issuedOn.slice(0, 4));
  const serial = await nextLetterSerial(tx, year);
  const number = `${facts.numberPrefix}〔${year}〕${serial}号`;
  const composed = await composeLetter(source(request, kind, number, issuedOn, facts, await outcomeFor(request)), toTraditional);
  const id = await insertLetter(tx, {
    requestId,
    kind,
    year,
    serial,
    number,
    locale: request.locale,
    issuedAt: now,
    ...composed,
  });
  return { id, number, subject: composed.subject, text: composed.text, html: composed.html };
}

const outcomeFor = async (request: StaffRequest) => (request.outcome ? await outcomeText(request.outcome, request.locale) : undefined);

function source(request: StaffRequest, kind: LetterKind, number: string, issuedOn: string, facts: LetterFacts, outcome: string | undefined) {
  return {
    kind,
    locale: request.locale,
    sender: site.name,
    number,
    issuedOn,
    receivedOn: chinaDate(new Date(request.receivedAt)),
    applicant: request.name,
    reference: request.reference,
    description: request.description,
    ...(request.completionNote && { completionNote: request.completionNote }),
    ...(request.extensionReason && { extensionReason: request.extensionReason, dueDate: request.dueDate }),
    ...(kind === 'reply' && {
      outcomeText: outcome,
      replyText: request.replyText ?? '',
      ...(request.refusalReason && { refusalReason: request.refusalReason }),
      ...(request.legalBasis && { legalBasis: request.legalBasis }),
      ...(namesRemedies(request.outcome) && { remedies: { reviewBody: facts.reviewBody.trim(), court: facts.court.trim() } }),
    }),
  };
}
