import * as v from 'valibot';
import type { Locale } from '../i18n/locales.ts';
import { disclosureCategories } from './categories.ts';
import { documentKinds } from '../reports/figures.ts';
import { questionTopics } from '../questions/contract.ts';

/** The shapes of the content files. Checked at build time; a bad file fails the build. */

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const textList = v.pipe(v.array(text), v.minLength(1, 'must list at least one item'));
const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
/** Many seed documents give only the year they were published. */
const yearOrDate = v.pipe(
  v.union([v.number(), v.string()], 'must be a year (2017) or a date (2017-03-12)'),
  v.transform(String),
  v.regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be a year (2017) or a date (2017-03-12)'),
);

export const guideSchema = v.strictObject({
  title: text,
  summary: text,
  order: v.pipe(v.number(), v.integer()),
  eligibility: textList,
  bring: textList,
  steps: textList,
  legalBasis: textList,
  keywords: v.optional(v.array(text), []),
  updated: isoDate,
});


const attachment = v.strictObject({ title: text, href: text });

export const disclosureSchema = v.strictObject({
  title: text,
  category: v.picklist(disclosureCategories, `must be one of: ${disclosureCategories.join(', ')}`),
  issuer: text,
  documentNumber: v.optional(v.string(), ''),
  date: yearOrDate,
  summary: text,
  attachments: v.optional(v.array(attachment), []),
  /**
   * For the annual report's part 二: `rule` (规章) or `normative` (行政规范性文件). Only items that have one are
   * counted; `date` is when it was issued and `repealed` when it stopped being in force.
   */
  documentKind: v.optional(v.picklist(documentKinds, `must be one of: ${documentKinds.join(', ')}`)),
  repealed: v.optional(isoDate),
});

/**
 * A published answer (issue 17 point 3): a question put to the online mailbox and staff's answer, the person's
 * details removed. The body is the answer, and the question a field: both plain text, paragraphs split by an empty
 * line, never Markdown (a person's words are printed as typed). `answered` is the China date it was answered.
 */
export const answerSchema = v.strictObject({
  title: text,
  question: text,
  topic: v.picklist(questionTopics, `must be one of: ${questionTopics.join(', ')}`),
  answered: isoDate,
});

export const pageSchema = v.strictObject({
  title: text,
  summary: text,
  updated: isoDate,
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const reportSchema = v.strictObject({
  year: v.pipe(v.number(), v.integer(), v.minValue(2000)),
  title: text,
  issuer: text,
  published: isoDate,
  summary: text,
  figures: v.strictObject({
    normativeDocuments: count,
    itemsPublished: count,
    documentsPublished: count,
    applicationsReceived: count,
    reviews: count,
    lawsuits: count,
    feesCharged: count,
    replyWorkingDays: count,
  }),
});

type WithBody<T> = T & {
  slug: string;
  html: string;
  /** The language the text is written in, set per language at build time (build/content/localise.ts). */
  lang?: Locale;
};
export type Guide = WithBody<v.InferOutput<typeof guideSchema>>;
export type Disclosure = WithBody<v.InferOutput<typeof disclosureSchema>>;
export type Answer = WithBody<v.InferOutput<typeof answerSchema>>;
export type Page = WithBody<v.InferOutput<typeof pageSchema>>;
export type Report = WithBody<v.InferOutput<typeof reportSchema>>;

export type GuideSummary = Pick<Guide, 'slug' | 'title' | 'summary' | 'order' | 'lang'>;
export type DisclosureSummary = Pick<Disclosure, 'slug' | 'title' | 'summary' | 'category' | 'date' | 'lang'> & {
  /** Where the catalogue links to: an item page, or the report page for annual reports. */
  href: string;
};
export type AnswerSummary = Pick<Answer, 'slug' | 'title' | 'topic' | 'answered' | 'lang'>;
export type ReportSummary = Pick<Report, 'slug' | 'title' | 'summary' | 'year' | 'published' | 'lang'>;

export const sections = {
  guides: guideSchema,
  disclosure: disclosureSchema,
  pages: pageSchema,
  reports: reportSchema,
} as const;
export type Section = keyof typeof sections;
