import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { Page } from '../../components/Page/Page.tsx';
import { requestWords, useRequestMessages } from '../messages/index.ts';
import { useHref, useMessages } from '../../i18n/index.ts';
import { loadRequestRules, validateFields } from '../rules/schema.ts';
import { KEEP_PHONE_RULES_MESSAGE } from '../../service-worker/routes.ts';
import { useDraft } from './draft.ts';
import { RequestForm } from './RequestForm.tsx';
import { formSteps, nextPath, REQUEST_PATH, type StepSlug } from './steps.ts';

/** The request pages' text, loaded with the page (src/app/App.tsx). */
export const words = [requestWords];

/** The route `/request/:step/`: the step it names, or `notFound` for a step the form does not have. */
export default function RequestStepRoute({ step, notFound: NotFound }: { step: string; notFound: ComponentType }) {
  const known = formSteps.find((candidate) => candidate.slug === step);
  return known ? <RequestStep step={known.slug} /> : <NotFound />;
}

/** One step of the request form. Validated when the person presses "继续", never while they type. */
function RequestStep({ step: slug }: { step: StepSlug }) {
  const t = useMessages();
  const r = useRequestMessages();
  const href = useHref();
  const { route } = useLocation();
  const index = formSteps.findIndex((step) => step.slug === slug);
  const step = formSteps[index]!;
  const text = r.request.steps[slug];
  const { input, update, serverErrors } = useDraft(slug);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Before the app runs (and without JavaScript) every field shows; after, only those that apply.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  // The rules' messages (a chunk per language) come with the page, so that a step opened online checks offline too;
  // the phone rule's library waits until there is a number to check, and the worker keeps it meanwhile, so a form
  // opened online once checks numbers offline (it is not in the first visit's precache: issue 16).
  useEffect(() => void loadRequestRules(t.lang, {}).catch(() => undefined), [t.lang]);
  useEffect(() => void navigator.serviceWorker?.ready.then((ready) => ready.active?.postMessage({ type: KEEP_PHONE_RULES_MESSAGE })), []);

  const shown = errors.length ? errors : serverErrors.filter((error) => (step.fields as readonly string[]).includes(error.field));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Where the rules cannot be loaded (offline before they were ever fetched), the step is not checked here: the
    // server checks the whole request on delivery, and a refusal brings the person back to the field.
    const ready = await loadRequestRules(t.lang, input).then(() => true, () => false);
    const found = ready ? validateFields(input, step.fields, t.lang) : [];
    setErrors(found);
    if (!found.length) route(href(nextPath(slug)));
  };

  return (
    <Page
      title={text.title}
      description={text.intro}
      trail={[{ href: REQUEST_PATH, label: t.nav.request }]}
      hasErrors={shown.length > 0}
    >
      <p class="caption">{r.request.stepOf(index + 1, formSteps.length)}</p>
      <ErrorSummary errors={shown} />
      <p>{text.intro}</p>
      <RequestForm slug={slug} input={input} errors={shown} enhanced={enhanced} onInput={update} onSubmit={submit} />
    </Page>
  );
}
