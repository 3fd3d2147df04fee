import { loadRequestRules, requestLocales } from './schema.ts';
/** Valid requests for tests: the schema's, the API's and the form's. */
export const person = {
  applicantType: 'person',
  name: '张三',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  phone: '13912345678',
  description: '2017 年残疾人就业保障金的征收和使用情况',
  delivery: 'collect',
  format: 'paper',
  locale: 'zh-Hans',
};

export const organisation = {
  applicantType: 'organisation',
  organisationKind: 'nonprofit',
  name: '牡丹江市某助残公益协会',
  organisationCode: '91350100M000100Y43',
  phone: '0453-6123456',
  email: 'office@example.org',
  description: '本市无障碍设施建设规划',
  delivery: 'email',
  format: 'electronic',
  locale: 'en',
};

/** Every language's messages and the phone rule, as the form and the server load them before checking. */
export const loadAllRules = () => Promise.all(requestLocales.map((locale) => loadRequestRules(locale)));
