import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { Page } from '../../components/Page/Page.tsx';
import { requestWords, useRequestMessages } from '../messages/index.ts';
import { useHref, useMessages } from '../../i18n/index.ts';
import { myRequestHref } from '../../addresses/addresses.ts';
import { queue } from '../outbox/outbox.ts';
import { newId } from '../outbox/uuid.ts';
import { deliverQueued } from '../outbox/deliver-queued.ts';
import { loadRequestRules, validateRequest } from '../rules/schema.ts';
import { useDraft } from './draft.ts';
import { CheckAnswersList } from './CheckAnswersList.tsx';
import { REQUEST_PATH, stepOf, stepPath } from './steps.ts';

/** The request pages' text, loaded with the page (src/app/App.tsx). */
export const words = [requestWords];

/** GOV.UK's check-answers page: every answer, a "修改" link to the step that asked it, then send. */
export default function CheckAnswers() {
  const t = useMessages();
  const r = useRequestMessages();
  const href = useHref();
  const { route } = useLocation();
  const { input, draftId } = useDraft('check');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const [noStorage, setNoStorage] = useState(false);
  // Made once: pressing "提交申请" twice sends one request (server/requests/form-pages.tsx).
  const [onlineKey] = useState(newId);

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    // Not loaded with the page (the budget): the steps before loaded the messages. Where the rules cannot be loaded
    // (offline before they were ever fetched), the server's check on delivery stands.
    if (await loadRequestRules(t.lang, input).then(() => true, () => false)) {
      const result = validateRequest({ ...input, locale: t.lang }, t.lang);
      if (!result.ok) return setErrors(result.errors);
    }
    setSending(true);
    try {
      const id = await draftId();
      if (!id) throw new Error('no draft');
      await queue(id, { locale: t.lang });
      deliverQueued('queue');
      route(href(myRequestHref(id)));
    } catch {
      // The phone cannot keep the request: say so, and offer to send it now, as the form does without JavaScript.
      setSending(false);
      setNoStorage(true);
    }
  };

  return (
    <Page title={r.request.check.title} description={r.request.check.intro} trail={[{ href: REQUEST_PATH, label: t.nav.request }]} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} href={(field) => href(`${stepPath(stepOf(field))}#${field}`)} />
      <p>{r.request.check.intro}</p>
      {noStorage ? (
        <>
          <p class="notice" role="alert">{r.request.check.noStorage}</p>
          <CheckAnswersList input={input} carried={{ ...input, idempotencyKey: onlineKey }} />
        </>
      ) : (
        <CheckAnswersList input={input} onSubmit={send} sending={sending} />
      )}
    </Page>
  );
}
