/**
 * Every field a disclosure request may hold, in the order the form asks for them and errors are listed:
 * DESIGN.md's keys, plus the organisation's kind the annual report counts. The one list the form, the
 * outbox and the API share; it imports nothing, so the service worker can carry it.
 */
export const requestFields = [
  'applicantType',
  'organisationKind',
  'name',
  'idType',
  'idNumber',
  'organisationCode',
  'phone',
  'email',
  'address',
  'description',
  'delivery',
  'format',
  'accessibleFormat',
  'locale',
] as const;

export type RequestField = (typeof requestFields)[number];
