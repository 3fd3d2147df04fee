/**
 * What the online mailbox's API (网上信箱: questions 咨询 and suggestions 意见建议, issue 17) and its clients say to
 * each other, declared once: the `/ask/` form, the outbox and "我的申请" (src/requests/outbox/, status/), and the server
 * (server/questions/).
 */
import type { FieldError } from '../components/ErrorSummary/field-error.ts';

export type { FieldError };

/** What the question is about: a guide, a disclosure item, the site's accessibility (a WCAG feedback route), other. */
export const questionTopics = ['guide', 'disclosure', 'accessibility', 'other'] as const;
export type QuestionTopic = (typeof questionTopics)[number];

/** 咨询 a question, or 意见建议 a suggestion. */
export const questionKinds = ['question', 'suggestion'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** How the person wants the answer: by e-mail, or read on this phone with the status token. */
export const answerChannels = ['email', 'phone'] as const;
export type AnswerChannel = (typeof answerChannels)[number];

/** `POST /api/questions` → 201: the receipt, replayed word for word for the same Idempotency-Key and body. */
export interface QuestionReceipt {
  /** The number a person quotes, its own series: MDJCLZX-2026-000012. */
  reference: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  /** YYYY-MM-DD, China date: the office's target (site's `mailbox.answerWorkingDays` working days). */
  dueDate: string;
  /** True when the due date reaches a year whose official holidays are not yet announced. */
  dueDateProvisional: boolean;
  /** Reads the answer later (`GET /api/questions/<reference>?token=…`); stored only hashed on the server. */
  statusToken: string;
}

/** `GET /api/questions/<reference>?token=<statusToken>` → 200. */
export interface QuestionStatus {
  reference: string;
  /** received, answered, or converted (turned into a disclosure request). */
  status: 'received' | 'answered' | 'converted';
  receivedAt: string;
  dueDate: string;
  dueDateProvisional: boolean;
  /** Staff's answer once given; for a converted question it tells the person about the new request. */
  answer?: { answeredAt: string; text: string };
  /** The disclosure request made from this question, whose clock started the day it was made. */
  convertedTo?: { reference: string; receivedAt: string; dueDate: string };
}
