/**
 * Facts about the federation that the content files do not hold. Leave a field empty when the fact is
 * not known: the pages hide what is not configured instead of guessing a phone number or an address.
 */
export interface Contacts {
  address: string;
  postcode: string;
  phone: string;
  /** SMS or text relay, so that phoning is never the only way in for deaf people. */
  sms: string;
  email: string;
  hours: string;
}

export interface GuideFacts {
  where: string;
  hours: string;
  timeLimit: string;
  fee: string;
}

export interface SiteConfig {
  /** The federation's full name, as on its seal. */
  name: string;
  shortName: string;
  city: string;
  appName: string;
  /** Absolute address of the site, from BASE_URL at build time (see vite.config.ts). */
  readonly url: string;
  contacts: Contacts;
  /** Per guide slug: where and when to go, how long it takes, what it costs. */
  guideFacts: Record<string, Partial<GuideFacts>>;
  disclosure: {
    /** 2019 regulation: 20 working days, extendable once by up to 20 with notice. */
    replyWorkingDays: number;
    extensionWorkingDays: number;
    /** Starts every request's reference number: MDJCL-2026-000123. Capital letters only; never change it once used. */
    referencePrefix: string;
  };
  /** Facts the letters to applicants need (server/letters/). Empty until the federation fills them in. */
  letters: LetterFacts;
}

/**
 * The review steps every catalogue item and guide goes through before it is published, in order, each taken by a
 * different staff member holding the step's role; only the last step's sign-off publishes. The default follows the
 * source document's own pages (撰稿, 校对, 一审, 二审, 三审). Roles are what `npm run staff -- add <name> --role …`
 * gives; `administrator` may also publish without review.
 */
export interface ContentReview {
  steps: readonly { step: string; label: string; role: string }[];
  /** The step at which the confidentiality check (保密审查) is recorded: its sign-off must say it was done. */
  confidentialityCheckAt: string;
}

/**
 * Who the applicant may turn to against a decision. Never guessed: while one is empty the console refuses to
 * issue a letter that must name it (every reply but a full disclosure).
 */
export interface LetterFacts {
  /** Starts each letter's number, before 〔year〕: 残联公复 gives 残联公复〔2026〕12号. */
  numberPrefix: string;
  /** The body that hears an administrative review (行政复议机关) of the federation's decisions. */
  reviewBody: string;
  /** The people's court where a lawsuit (行政诉讼) against the federation is filed. */
  court: string;
}

export const site: SiteConfig = {
  name: '牡丹江市残疾人联合会',
  shortName: '牡丹江市残联',
  city: '牡丹江市',
  appName: '残联信息公开',
  // A getter, so build-time code can read the rest of the config before the address is defined.
  get url() {
    return __SITE_URL__;
  },
  contacts: { address: '', postcode: '', phone: '', sms: '', email: '', hours: '' },
  guideFacts: {},
  disclosure: { replyWorkingDays: 20, extensionWorkingDays: 20, referencePrefix: 'MDJCL' },
  letters: { numberPrefix: '残联公复', reviewBody: '', court: '' },
};

/**
 * How staff review an item before it is published (issue 14; server/content/). Apart from `site`, which every page
 * bundles, as only the server reads it.
 */
export const contentReview: ContentReview = {
  steps: [
    { step: 'written', label: '撰稿', role: 'writer' },
    { step: 'proofread', label: '校对', role: 'proofreader' },
    { step: 'first-review', label: '一审', role: 'first-reviewer' },
    { step: 'second-review', label: '二审', role: 'second-reviewer' },
    { step: 'third-review', label: '三审', role: 'third-reviewer' },
  ],
  confidentialityCheckAt: 'first-review',
};

export type ContactField = keyof Contacts;

/** The fields that are filled in, in the given order: what is not configured is not shown. */
function filledIn<K extends string>(record: Partial<Record<K, string>>, order: readonly K[]): [K, string][] {
  return order.flatMap((field) => {
    const value = record[field]?.trim();
    return value ? [[field, value] as [K, string]] : [];
  });
}

/** The contact channels that are configured, in the order people should try them. */
export function configuredContacts(contacts: Contacts): [ContactField, string][] {
  return filledIn(contacts, ['address', 'postcode', 'hours', 'phone', 'sms', 'email']);
}

/** Where, when, how long and how much for one guide, as far as they are configured. */
export function guideFacts(config: SiteConfig, slug: string): [keyof GuideFacts, string][] {
  return filledIn(config.guideFacts[slug] ?? {}, ['where', 'hours', 'timeLimit', 'fee']);
}

/** Lengths past which the staff console's authoring checks warn (staff may still publish). Each number's source is given. */
export interface ContentCheckLimits {
  /**
   * Words in an English sentence. GOV.UK's style guide: sentences longer than 25 words should be broken up or made
   * plain ("Sentence length: why 25 words is our limit", Inside GOV.UK, 4 August 2014).
   */
  englishSentenceWords: number;
  /**
   * Characters in a Chinese sentence (a Han character each, a run of Latin letters or digits one). No published
   * plain-language guideline for Chinese that we could find gives a number: this one is the federation's to set.
   * The default, 50, warns on the longest 5 % of the sentences in the shipped content's paragraphs (84 sentences,
   * half of them 21 characters or fewer; 4 over 50).
   */
  chineseSentenceCharacters: number;
  /**
   * Sentences in a paragraph, in either language. The UK Office for National Statistics' style guide: "Aim for a
   * maximum of three sentences per paragraph" ("Write clearly and in plain language"); no shipped paragraph has more.
   */
  paragraphSentences: number;
}

/**
 * The limits server/content/checks/readability.ts warns at. An export of its own, not part of `site`: only the
 * server reads it, so the browser's bundles leave it out.
 */
export const contentChecks: ContentCheckLimits = { englishSentenceWords: 25, chineseSentenceCharacters: 50, paragraphSentences: 3 };

/**
 * The online mailbox (网上信箱, issue 17): the office's own target for answering a question or suggestion, in working
 * days counted with the disclosure requests' holiday calendar (no regulation sets it; 5 is the default), and
 * the prefix of its references, a series of its own beside the requests' (MDJCLZX-2026-000012). Apart from `site`,
 * as only the server reads it for now.
 */
export const mailbox = { answerWorkingDays: 5, referencePrefix: 'MDJCLZX' } as const;
