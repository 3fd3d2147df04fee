/**
 * The review steps (issue 14 point 2; src/config/site.ts `contentReview`, by default 撰稿, 校对, 一审, 二审, 三审): which
 * step an item waits for, and whether a staff member may take it. The rules: steps are taken in order, each by a
 * holder of its role, each by a different person in one round; only the last step's sign-off publishes.
 */
import type { ContentReview } from '../../src/config/site.ts';
import type { StepTaken } from './store.ts';

export type ReviewStep = ContentReview['steps'][number];

/** The first step not yet signed off in the round (`taken`), or undefined when all are. */
export function nextStep(review: ContentReview, taken: readonly StepTaken[]): ReviewStep | undefined {
  const signedOff = new Set(taken.filter((step) => step.decision === 'sign-off').map((step) => step.step));
  return review.steps.find((step) => !signedOff.has(step.step));
}

export const isLastStep = (review: ContentReview, step: ReviewStep) => review.steps.at(-1)?.step === step.step;

/** Why `staffId` holding `roles` may not take `step` now: no role, or a step of this round already taken; else undefined. */
export function stepRefusal(step: ReviewStep, staffId: number, roles: ReadonlySet<string>, taken: readonly StepTaken[]): 'role' | { already: string } | undefined {
  if (!roles.has(step.role)) return 'role';
  const mine = taken.find((earlier) => earlier.staffId === staffId);
  return mine ? { already: mine.step } : undefined;
}
