import type { Example } from '../../components/test-examples.ts';
import { Letter } from './Letter.tsx';

const sender = '牡丹江市残疾人联合会';

/** A refusal: the decision, its reason and basis, and the remedies under their own heading. */
export const refusal: Example = {
  element: (
    <Letter
      letter={{
        id: 1,
        locale: 'zh-Hans',
        body: {
          sender,
          title: '政府信息公开申请答复书',
          number: '残联公复〔2026〕12号',
          addressee: '申请人：',
          paragraphs: ['经审查，本机关答复如下：不能公开：公开这些信息会损害其他人或者单位的合法权益。', '理由：涉及他人隐私'],
          remedies: { heading: '您可以怎样寻求救济', text: '如您对本答复不服，可以自收到本答复书之日起六十日内向某某人民政府申请行政复议。' },
          signature: { sender, date: '2026年10月9日' },
        },
      }}
    />
  ),
};

/** An English notice on an English page, one level down under a list's heading. */
export const englishNotice: Example = {
  url: '/en/requests/',
  element: (
    <Letter
      level={3}
      letter={{
        id: 2,
        locale: 'en',
        body: {
          sender,
          title: 'Notice to complete your request for government information',
          number: '残联公复〔2026〕3号',
          addressee: 'Dear applicant,',
          paragraphs: ['Please tell us which year you mean.'],
          signature: { sender, date: '9 October 2026' },
        },
      }}
    />
  ),
};
