import { expect, it } from 'vitest';
import { requestFields } from '../rules/fields.ts';
import { formSteps, nextPath, stepOf } from './steps.ts';

it('asks for every field of a request except the language, each on one step only', () => {
  // The language is the page's: the form sends it without asking.
  const asked = formSteps.flatMap((step) => step.fields);
  expect(new Set(asked).size).toBe(asked.length);
  expect([...asked, 'locale'].sort()).toEqual([...requestFields].sort());
});

it('leads from each step to the next, and from the last to the check-answers page', () => {
  expect(formSteps.map((step) => nextPath(step.slug))).toEqual(['/request/details/', '/request/contact/', '/request/check/']);
  expect(stepOf('email')).toBe('contact');
  expect(stepOf('description')).toBe('details');
});
