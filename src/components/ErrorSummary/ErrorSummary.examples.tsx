import type { Example } from '../test-examples.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

/** A form sent back with two problems: each one a link to its field. */
export const twoErrors: Example = {
  element: (
    <ErrorSummary
      errors={[
        { field: 'name', message: '请填写姓名' },
        { field: 'phone', message: '请填写手机号码，例如 13912345678' },
      ]}
    />
  ),
};

/** A problem with a field asked on another page of the form (check answers): the link leads there. */
export const onAnotherPage: Example = {
  url: '/en/request/check/',
  element: <ErrorSummary errors={[{ field: 'description', message: 'Describe the information you want' }]} href={(field) => `/en/request/details/#${field}`} />,
};
