/**
 * What to do about each problem with a disclosure request, in simplified Chinese (src/requests/rules/messages.ts has
 * the others): the traditional Chinese is this file converted at build time, never written by hand.
 */

export const zhHansErrors = {
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
  'accessibleFormat.invalid': '选择一种无障碍形式，或者不选',
  'locale.invalid': '选择语言',
  characters: '这一项含有无法保存的字符（可能是复制粘贴时带入的），请删除后重新输入',
  unknown: '无法识别这一项，请删除后再提交',
} as const;
