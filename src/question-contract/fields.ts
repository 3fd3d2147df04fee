/**
 * Every field a question or suggestion may hold, in the order the `/ask/` form asks for them and errors are listed.
 * The one list the form, the outbox and the API share (as src/requests/rules/fields.ts is for a request); it imports
 * nothing, so the outbox's chunk and the service worker carry it without the rules' valibot and messages, and so
 * src/requests/outbox/ may import it without a folder cycle (see src/questions/contract.ts).
 */
export const questionFields = ['topic', 'kind', 'page', 'text', 'answerBy', 'name', 'contact', 'locale'] as const;
export type QuestionField = (typeof questionFields)[number];
