import type { Example } from '../test-examples.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';

/** A guide: the home page, the guides, then this page (not a link). */
export const twoLevels: Example = {
  url: '/guides/bus-pass/',
  element: <Breadcrumbs trail={[{ href: '/guides/', label: '办事指南' }]} current="残疾人免费乘车" />,
};

/** The same on an English page: every link stays in English. */
export const english: Example = {
  url: '/en/guides/bus-pass/',
  element: <Breadcrumbs trail={[{ href: '/guides/', label: 'Service guides' }]} current="Free bus travel" />,
};

/** The staff console's annual report: a trail of its own, not starting at the site's home page. */
export const staffReport: Example = {
  element: <Breadcrumbs home={false} trail={[{ href: '/staff/reports/', label: '年度报告' }]} current="2025年度报告" />,
};
