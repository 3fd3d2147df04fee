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

/** The languages a request may be made in, and the one its letters are written in. */
export const requestLocales = ['zh-Hans', 'zh-Hant', 'en'] as const;

/** The longest each free-text field may be, in characters as `characterCount` counts them. */
export const requestLimits = { name: 100, idNumber: 30, phone: 30, email: 254, address: 300, description: 2000 } as const;
