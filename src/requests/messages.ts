/**
 * What to do about each problem with a disclosure request, in the person's language. GOV.UK style: say what
 * to do, not what went wrong in the abstract. Shared by the form (client) and the API (server).
 */

export type RequestLocale = 'zh-Hans' | 'zh-Hant' | 'en';

const zhHans = {
  'applicantType.required': '选择您是以个人还是以法人或其他组织的名义申请',
  'organisationKind.required': '选择组织的类型',
  'name.required.person': '输入姓名',
  'name.required.organisation': '输入组织的名称',
  'name.tooLong': '姓名或名称不能超过 100 个字',
  'idType.required': '选择证件类型',
  'idNumber.required': '输入证件号码',
  'idNumber.tooLong': '证件号码不能超过 30 个字符',
  'idNumber.resident.length': '身份证号码应为 18 位，请核对',
  'idNumber.resident.characters': '身份证号码只能包含数字，最后一位可以是 X',
  'idNumber.resident.birthDate': '身份证号码中的出生日期不对，请核对',
  'idNumber.resident.checksum': '身份证号码的最后一位不对，请核对',
  'idNumber.passport': '护照号码应为 5 到 20 位字母或数字',
  'organisationCode.required': '输入统一社会信用代码',
  'organisationCode.length': '统一社会信用代码应为 18 位，请核对',
  'organisationCode.characters': '统一社会信用代码只能包含数字和大写字母，不含 I、O、S、V、Z',
  'organisationCode.checksum': '统一社会信用代码的最后一位不对，请核对',
  'phone.required': '输入联系电话',
  'phone.format': '输入正确的电话号码，如手机号 13912345678 或带区号的固定电话 0453-1234567',
  'email.required': '输入电子邮件地址：您选择了通过电子邮件获取信息',
  'email.format': '输入正确的电子邮件地址，如 name@example.com',
  'email.tooLong': '电子邮件地址不能超过 254 个字符',
  'address.required': '输入邮寄地址：您选择了通过邮寄获取信息',
  'address.tooLong': '邮寄地址不能超过 300 个字',
  'description.required': '描述您想获取的政府信息',
  'description.tooLong': '描述不能超过 2000 个字，请删减',
  'delivery.required': '选择获取信息的方式',
  'format.required': '选择信息的形式：纸质或电子',
  'locale.invalid': '选择语言',
  unknown: '无法识别这一项，请删除后再提交',
} as const;

export type MessageKey = keyof typeof zhHans;

const zhHant: Record<MessageKey, string> = {
  'applicantType.required': '選擇您是以個人還是以法人或其他組織的名義申請',
  'organisationKind.required': '選擇組織的類型',
  'name.required.person': '輸入姓名',
  'name.required.organisation': '輸入組織的名稱',
  'name.tooLong': '姓名或名稱不能超過 100 個字',
  'idType.required': '選擇證件類型',
  'idNumber.required': '輸入證件號碼',
  'idNumber.tooLong': '證件號碼不能超過 30 個字符',
  'idNumber.resident.length': '身份證號碼應為 18 位，請核對',
  'idNumber.resident.characters': '身份證號碼只能包含數字，最後一位可以是 X',
  'idNumber.resident.birthDate': '身份證號碼中的出生日期不對，請核對',
  'idNumber.resident.checksum': '身份證號碼的最後一位不對，請核對',
  'idNumber.passport': '護照號碼應為 5 到 20 位字母或數字',
  'organisationCode.required': '輸入統一社會信用代碼',
  'organisationCode.length': '統一社會信用代碼應為 18 位，請核對',
  'organisationCode.characters': '統一社會信用代碼只能包含數字和大寫字母，不含 I、O、S、V、Z',
  'organisationCode.checksum': '統一社會信用代碼的最後一位不對，請核對',
  'phone.required': '輸入聯繫電話',
  'phone.format': '輸入正確的電話號碼，如手機號 13912345678 或帶區號的固定電話 0453-1234567',
  'email.required': '輸入電子郵件地址：您選擇了通過電子郵件獲取信息',
  'email.format': '輸入正確的電子郵件地址，如 name@example.com',
  'email.tooLong': '電子郵件地址不能超過 254 個字符',
  'address.required': '輸入郵寄地址：您選擇了通過郵寄獲取信息',
  'address.tooLong': '郵寄地址不能超過 300 個字',
  'description.required': '描述您想獲取的政府信息',
  'description.tooLong': '描述不能超過 2000 個字，請刪減',
  'delivery.required': '選擇獲取信息的方式',
  'format.required': '選擇信息的形式：紙質或電子',
  'locale.invalid': '選擇語言',
  unknown: '無法識別這一項，請刪除後再提交',
};

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
  'locale.invalid': 'Select a language',
  unknown: 'This item is not recognised: remove it and send again',
};

export const requestMessages: Readonly<Record<RequestLocale, Record<MessageKey, string>>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export function requestMessage(key: MessageKey, locale: RequestLocale): string {
  return requestMessages[locale][key];
}
