/**
 * The one set of rules for a disclosure request (依申请公开), used by the form on the phone and by the API, so
 * that a request the form accepts is never refused by the server. It ships to phones: keep it small, and keep
 * heavy modules (the holiday calendar, anything server-only) out of it.
 */
import * as v from 'valibot';
import { characterCount, isStorableText } from './characters.ts';
import { creditCodeProblem, normaliseCreditCode } from './credit-code.ts';
import { loadRuleMessages, requestMessage, type MessageKey, type RequestLocale } from './messages.ts';
import { idNumberProblem, idTypes, storedIdNumber } from './identity-documents.ts';
import { loadPhoneRules, parsePhone } from './phone.ts';
import { type RequestField, requestFields, requestLimits, requestLocales } from './fields.ts';
import type { FieldError } from '../contract.ts';

export type { RequestLocale } from './messages.ts';

export const applicantTypes = ['person', 'organisation'] as const;
/** 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他: the rows of the annual report's table of applicants. */
export const organisationKinds = ['business', 'research', 'nonprofit', 'legal', 'other'] as const;
export { idTypes };
export { parsePhone, phoneE164 } from './phone.ts';
export const deliveries = ['email', 'post', 'collect'] as const;
export const formats = ['paper', 'electronic'] as const;
/** Optional: the accessible form the applicant needs the information in (issue 13). */
export const accessibleFormats = ['large-print', 'braille', 'electronic-text', 'audio', 'sign-language'] as const;

export { characterCount, type RequestField, requestFields, requestLimits, requestLocales };

export interface DisclosureRequest {
  applicantType: (typeof applicantTypes)[number];
  /** Only for an organisation. */
  organisationKind?: (typeof organisationKinds)[number];
  name: string;
  /** Only for a person. */
  idType?: (typeof idTypes)[number];
  idNumber?: string;
  /** Only for an organisation. */
  organisationCode?: string;
  phone: string;
  email?: string;
  address?: string;
  description: string;
  delivery: (typeof deliveries)[number];
  format: (typeof formats)[number];
  /** Optional: large print, braille, electronic text for a screen reader, audio, or sign-language help at collection. */
  accessibleFormat?: (typeof accessibleFormats)[number];
  locale: RequestLocale;
}

export type { FieldError };

export type Validation = { ok: true; value: DisclosureRequest } | { ok: false; errors: FieldError[] };


/** Chinese input methods often type full-width digits, letters and @: numbers and addresses mean the same either way. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const choice = <const T extends readonly string[]>(options: T, message: MessageKey) => v.optional(v.picklist(options, message));
/** Refuses what cannot be stored (src/requests/rules/characters.ts) first: every later check reads clean text. */
const storable = (multiline = false) => v.check((s: string) => isStorableText(s, multiline), 'characters' satisfies MessageKey);
const text = (max: number, tooLong: MessageKey, wrongType: MessageKey, multiline = false) =>
  v.optional(v.pipe(v.string(wrongType), storable(multiline), v.check((s) => characterCount(s) <= max, tooLong)));

const fields = v.strictObject(
  {
    applicantType: choice(applicantTypes, 'applicantType.required'),
    organisationKind: choice(organisationKinds, 'organisationKind.required'),
    name: text(requestLimits.name, 'name.tooLong', 'name.required.person'),
    idType: choice(idTypes, 'idType.required'),
    idNumber: v.optional(
      v.pipe(
        v.string('idNumber.required'),
        storable(),
        v.transform(halfWidth),
        v.check((s) => characterCount(s) <= requestLimits.idNumber, 'idNumber.tooLong'),
      ),
    ),
    organisationCode: v.optional(
      v.pipe(
        v.string('organisationCode.required'),
        storable(),
        v.transform((s) => normaliseCreditCode(halfWidth(s))),
        v.check((s) => creditCodeProblem(s) === undefined, (issue) => `organisationCode.${creditCodeProblem(issue.input as string)}`),
      ),
    ),
    phone: v.optional(
      v.pipe(
        v.string('phone.required'),
        storable(),
        v.transform(halfWidth),
        v.check((s) => s.length <= requestLimits.phone && parsePhone(s) !== undefined, 'phone.format'),
      ),
    ),
    email: v.optional(
      v.pipe(
        v.string('email.format'),
        storable(),
        v.transform(halfWidth),
        v.check((s) => s.length <= requestLimits.email, 'email.tooLong'),
        v.email('email.format'),
      ),
    ),
    address: text(requestLimits.address, 'address.tooLong', 'address.required'),
    description: text(requestLimits.description, 'description.tooLong', 'description.required', true),
    delivery: choice(deliveries, 'delivery.required'),
    format: choice(formats, 'format.required'),
    accessibleFormat: choice(accessibleFormats, 'accessibleFormat.invalid'),
    locale: choice(requestLocales, 'locale.invalid'),
  },
  'unknown',
);

type Input = v.InferOutput<typeof fields>;

/** A rule about one field that depends on others: it runs only when the fields it reads are valid themselves. */
function rule(
  field: RequestField,
  reads: readonly RequestField[],
  ok: (input: Input) => boolean,
  message: MessageKey | ((input: Input) => MessageKey),
) {
  const paths = [[field], ...reads.map((read) => [read])] as [[RequestField]];
  return v.forward<Input, v.PartialCheckIssue<Input>, [RequestField]>(
    v.partialCheck<Input, [[RequestField]], Input, (issue: v.PartialCheckIssue<Input>) => string>(paths, ok, (issue) =>
      typeof message === 'string' ? message : message(issue.input),
    ),
    [field],
  );
}

const present = (field: RequestField) => (input: Input) => input[field] !== undefined;
const isPerson = (input: Input) => input.applicantType === 'person';
const isOrganisation = (input: Input) => input.applicantType === 'organisation';

const schema = v.pipe(
  fields,
  rule('applicantType', [], present('applicantType'), 'applicantType.required'),
  rule('organisationKind', ['applicantType'], (r) => !isOrganisation(r) || present('organisationKind')(r), 'organisationKind.required'),
  rule('name', [], present('name'), (r) => (isOrganisation(r) ? 'name.required.organisation' : 'name.required.person')),
  rule('idType', ['applicantType'], (r) => !isPerson(r) || present('idType')(r), 'idType.required'),
  rule('idNumber', ['applicantType'], (r) => !isPerson(r) || present('idNumber')(r), 'idNumber.required'),
  rule(
    'idNumber',
    ['idType'],
    (r) => r.idType === undefined || r.idNumber === undefined || idNumberProblem(r.idType, r.idNumber) === undefined,
    (r) => idNumberProblem(r.idType!, r.idNumber ?? '')!,
  ),
  rule('organisationCode', ['applicantType'], (r) => !isOrganisation(r) || present('organisationCode')(r), 'organisationCode.required'),
  rule('phone', [], present('phone'), 'phone.required'),
  rule('email', ['delivery'], (r) => r.delivery !== 'email' || present('email')(r), 'email.required'),
  rule('address', ['delivery'], (r) => r.delivery !== 'post' || present('address')(r), 'address.required'),
  rule('description', [], present('description'), 'description.required'),
  rule('delivery', [], present('delivery'), 'delivery.required'),
  rule('format', [], present('format'), 'format.required'),
);

/** Fields that do not apply to this kind of applicant: a draft may still hold them from before the person changed it. */
const notFor = new Map<unknown, readonly RequestField[]>([
  ['person', ['organisationKind', 'organisationCode']],
  ['organisation', ['idType', 'idNumber']],
]);

/**
 * What the person meant: text trimmed, line breaks as one character (a form post sends CRLF, a textarea's value
 * has LF, and the counter must agree), an empty field as no field, and fields for the other kind of applicant dropped.
 */
function tidy(input: unknown): Record<string, unknown> {
  const tidied: Record<string, unknown> = Object.create(null);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return tidied;
  // A Map, not an object: an applicant type such as `constructor` must find nothing, not Object.prototype's member.
  const skip = notFor.get((input as Record<string, unknown>).applicantType) ?? [];
  for (const [key, value] of Object.entries(input)) {
    if ((skip as readonly string[]).includes(key)) continue;
    const tidiedValue = typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value;
    if (tidiedValue !== '') tidied[key] = tidiedValue;
  }
  return tidied;
}

function order(field: string): number {
  const index = (requestFields as readonly string[]).indexOf(field);
  return index === -1 ? requestFields.length : index;
}

function problems(input: unknown, locale: RequestLocale) {
  const tidied = tidy(input);
  const result = v.safeParse(schema, tidied);
  const errors = new Map<string, string>();
  // Valibot names only the first unknown field: name them all, so that one answer shows everything to remove.
  for (const key of Object.keys(tidied)) {
    if (!(requestFields as readonly string[]).includes(key)) errors.set(key, requestMessage('unknown', locale));
  }
  for (const issue of result.issues ?? []) {
    const field = String(issue.path?.[0]?.key ?? '');
    // One message per field, the most basic: the first found.
    if (!errors.has(field)) errors.set(field, requestMessage(issue.message as MessageKey, locale));
  }
  const list = [...errors].map(([field, message]) => ({ field, message }));
  list.sort((a, b) => order(a.field) - order(b.field));
  return { result, errors: list };
}

/**
 * Loads what checking a request needs beyond this module, each a chunk of its own: the messages in `locale` and,
 * when `input` (the answers, or undefined for "any") may hold a phone number, the phone rule's library. Await it
 * before validateRequest and validateFields, which throw Error without them.
 */
export async function loadRequestRules(locale: RequestLocale, input?: unknown): Promise<void> {
  const phone = input === undefined || (typeof input === 'object' && input !== null && !!(input as { phone?: unknown }).phone);
  await Promise.all([loadRuleMessages(locale), phone && loadPhoneRules()]);
}

/** Checks a whole request. Errors come in the order of the form's fields, in the person's language. */
export function validateRequest(input: unknown, locale: RequestLocale): Validation {
  const { result, errors } = problems(input, locale);
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  const value = result.output as DisclosureRequest;
  if (value.idType && value.idNumber) value.idNumber = storedIdNumber(value.idType, value.idNumber);
  return { ok: true, value: { ...value, locale: value.locale ?? locale } };
}

/**
 * Checks some fields only, for one step of the form; other fields are read where a rule needs them (the email
 * address is required only when the answer is to come by email). Unknown fields are reported at the last step
 * by validateRequest, not here.
 */
export function validateFields(input: unknown, fields: readonly RequestField[], locale: RequestLocale): FieldError[] {
  return problems(input, locale).errors.filter((error) => (fields as readonly string[]).includes(error.field));
}
