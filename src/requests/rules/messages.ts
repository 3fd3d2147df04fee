/**
 * What to do about each problem with a disclosure request, in the person's language. GOV.UK style: say what
 * to do, not what went wrong in the abstract. Shared by the form (client) and the API (server).
 */

import { zhHansErrors as zhHans } from './messages-zh-Hans.ts';
import * as converted from './messages-zh-Hans.ts?zh-Hant';

export type RequestLocale = 'zh-Hans' | 'zh-Hant' | 'en';

export type MessageKey = keyof typeof zhHans;

/** Generated from the simplified Chinese (build/i18n/traditional-plugin.ts; on the server, server/traditional-hooks.js). */
const zhHant: Record<MessageKey, string> = converted.zhHansErrors;

const en: Record<MessageKey, string> = {
  'applicantType.required': 'Select whether you are applying as a person or for an organisation',
  'organisationKind.required': 'Select the kind of organisation',
  'name.required.person': 'Enter your name',
  'name.required.organisation': 'Enter the name of the organisation',
  'name.tooLong': 'Name must be 100 characters or fewer',
  'idType.required': 'Select the type of identity document',
  'idNumber.required': 'Enter the number of your identity document',
  'idNumber.tooLong': 'Document number must be 30 characters or fewer',
  'idNumber.resident.length': 'Resident ID number must be 18 characters long: check it',
  'idNumber.resident.characters': 'Resident ID number must contain only digits, and the last character may be X',
  'idNumber.resident.birthDate': 'The date of birth in the resident ID number is not right: check it',
  'idNumber.resident.checksum': 'The last character of the resident ID number is not right: check it',
  'idNumber.passport': 'Passport number must be 5 to 20 letters or digits',
  'organisationCode.required': 'Enter the unified social credit code',
  'organisationCode.length': 'Unified social credit code must be 18 characters long: check it',
  'organisationCode.characters': 'Unified social credit code must contain only digits and capital letters other than I, O, S, V and Z',
  'organisationCode.checksum': 'The last character of the unified social credit code is not right: check it',
  'phone.required': 'Enter a phone number',
  'phone.format': 'Enter a phone number like the mobile number 13912345678 or the landline number 0453-1234567, with its area code',
  'email.required': 'Enter an email address: you chose to receive the information by email',
  'email.format': 'Enter an email address in the correct format, like name@example.com',
  'email.tooLong': 'Email address must be 254 characters or fewer',
  'address.required': 'Enter a postal address: you chose to receive the information by post',
  'address.tooLong': 'Postal address must be 300 characters or fewer',
  'description.required': 'Describe the government information you want',
  'description.tooLong': 'Description must be 2,000 characters or fewer',
  'delivery.required': 'Select how you want to receive the information',
  'format.required': 'Select paper or electronic',
  'accessibleFormat.invalid': 'Select an accessible format, or none',
  'locale.invalid': 'Select a language',
  characters: 'This answer contains a character that cannot be stored, perhaps copied and pasted with it: delete it and type the answer again',
  unknown: 'This item is not recognised: remove it and send again',
};

export const requestMessages: Readonly<Record<RequestLocale, Record<MessageKey, string>>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export function requestMessage(key: MessageKey, locale: RequestLocale): string {
  return requestMessages[locale][key];
}
