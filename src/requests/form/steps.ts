import { requestHref, requestStepHref } from '../../addresses/addresses.ts';
import type { RequestField } from '../rules/schema.ts';

/**
 * The request form's steps, each with its own address (GOV.UK: one thing per page). What is wanted comes
 * before contact details, so the form asks for an email address or a postal address only when the person
 * chose to receive the answer that way: nothing is asked that is not needed.
 */
export const formSteps = [
  { slug: 'applicant', fields: ['applicantType', 'organisationKind', 'name', 'idType', 'idNumber', 'organisationCode'] },
  { slug: 'details', fields: ['description', 'delivery', 'format', 'accessibleFormat'] },
  { slug: 'contact', fields: ['phone', 'email', 'address'] },
] as const satisfies readonly { slug: string; fields: readonly RequestField[] }[];

export type StepSlug = (typeof formSteps)[number]['slug'];

export const REQUEST_PATH = requestHref();
export const stepPath = (slug: StepSlug | 'check') => requestStepHref(slug);

/** The address after a step: the next step, or the check-answers page after the last. */
export function nextPath(slug: StepSlug): string {
  const index = formSteps.findIndex((step) => step.slug === slug);
  const next = formSteps[index + 1];
  return next ? stepPath(next.slug) : stepPath('check');
}

/** The step that asks for a field, for the "修改" links and for the server's errors. */
export function stepOf(field: string): StepSlug {
  return (formSteps.find((step) => (step.fields as readonly string[]).includes(field)) ?? formSteps[0]).slug;
}
