import type { Example } from '../test-examples.ts';
import { Page } from './Page.tsx';

/** A guide's frame: breadcrumbs, the one h1, the content, the QR code of its address. */
export const guide: Example = {
  url: '/guides/bus-pass/',
  element: (
    <Page title="残疾人免费乘车" description="怎样办理免费乘车卡" trail={[{ href: '/guides/', label: '办事指南' }]}>
      <p>持残疾人证可以免费乘坐公交车。</p>
    </Page>
  ),
};

/** An English page whose text is not translated yet: it says so, and the Chinese text is marked as Chinese. */
export const untranslated: Example = {
  url: '/en/guides/bus-pass/',
  element: (
    <Page title="残疾人免费乘车" description="" lang="zh-Hans" trail={[{ href: '/guides/', label: 'Service guides' }]}>
      <p lang="zh-Hans">持残疾人证可以免费乘坐公交车。</p>
    </Page>
  ),
};
