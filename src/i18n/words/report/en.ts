import type { ReportWords } from './zh-Hans.ts';

export const enReportWords: ReportWords = {
  published: 'Published',
  figures: 'Figures',
  proactive: 'Information published without being asked',
  onRequest: 'Information given on request',
  reviewsAndLawsuits: 'Administrative reviews and court cases',
  fees: 'Fees',
  item: 'Item',
  value: 'Number',
  normativeDocuments: 'Regulatory documents issued',
  itemsPublished: 'Pieces of government information published',
  documentsPublished: 'Federation documents published',
  applicationsReceived: 'Requests received',
  replyWorkingDays: 'Time to reply when a request cannot be answered at once',
  reviews: 'Administrative reviews',
  lawsuits: 'Court cases',
  feesCharged: 'Fees charged',
  /** Chinese needs a counter after a number; English does not, as the row's label names what is counted. */
  units: { piece: '', item: '', case: '', yuan: 'yuan', workingDays: 'working days' },
};
