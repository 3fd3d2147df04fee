/**
 * What to do about each problem with a question or suggestion, in simplified Chinese (src/questions/messages.ts has
 * the others): the traditional Chinese is this file converted at build time, never written by hand.
 */

export const zhHansQuestionErrors = {
  'topic.required': '选择您的问题或建议是关于什么的',
  'kind.required': '选择您是要提问还是提建议',
  'page.invalid': '无法识别您提问时所在的页面，请从本网站的页面提问',
  'text.required': '输入您的问题或建议',
  'text.tooLong': '问题或建议不能超过 2000 个字',
  'answerBy.required': '选择您希望如何收到答复',
  'name.tooLong': '姓名不能超过 100 个字',
  'contact.required': '输入电子邮件地址：您选择了通过电子邮件收到答复',
  'contact.email': '输入正确格式的电子邮件地址，如 name@example.com',
  'contact.format': '输入电子邮件地址或电话号码，如 name@example.com 或 13912345678',
  'contact.tooLong': '联系方式不能超过 254 个字符',
  'locale.invalid': '选择语言',
  characters: '这一项含有无法保存的字符（可能是复制粘贴时带入的），请删除后重新输入',
  unknown: '无法识别这一项，请删除后再提交',
} as const;
