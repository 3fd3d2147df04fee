import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { Page } from '../../components/Page/Page.tsx';
import { useMessages } from '../../i18n/index.ts';
import { onOutboxChange } from '../../requests/outbox/broadcast.ts';
import { get } from '../../requests/outbox/outbox.ts';
import { deliverQueued } from '../../requests/outbox/deliver-queued.ts';
import { newId } from '../../requests/outbox/uuid.ts';
import type { AnswerChannel, QuestionReceipt } from '../contract.ts';
import { loadQuestionRules, validateQuestion } from '../rules.ts';
import { KEEP_PHONE_RULES_MESSAGE } from '../../service-worker/routes.ts';
import { AskForm, AskIntro } from './AskForm.tsx';
import { AskSent } from './AskSent.tsx';
import { useQuestionDraft } from './draft.ts';
import { useAskMessages } from './messages/index.ts';
import { queueQuestion } from './outbox.ts';
import { type NameablePages, namePage } from './page-naming.ts';

/** The question in the outbox: its receipt once delivered, read again whenever the outbox says it changed. */
function useReceipt(id: string | undefined): QuestionReceipt | undefined {
  const [receipt, setReceipt] = useState<QuestionReceipt>();
  useEffect(() => {
    if (!id) return;
    const read = () => void get(id).then((record) => record?.receipt && setReceipt(record.receipt as unknown as QuestionReceipt));
    read();
    return onOutboxChange((change) => change.id === id && read());
  }, [id]);
  return receipt;
}

/**
 * The `/ask/` page with the app running: the form kept as a draft on every keystroke, checked by the server's own
 * rules when "发送" is pressed, then queued in the outbox, which delivers it once under the draft's id as its
 * Idempotency-Key, now or when a signal returns. `pages` are the language's guides and disclosure items, for naming
 * the page `?page=` came from. `idempotencyKey`: where the server renders the page (server/questions/form-pages.tsx),
 * the key a plain post carries, so that without JavaScript a second press or a refresh makes one question; the app
 * drops it as it takes the page over, and sends under the draft's id.
 */
export default function AskPage({ pages, idempotencyKey }: { pages: NameablePages; idempotencyKey?: string }) {
  const t = useMessages();
  const a = useAskMessages();
  const { query } = useLocation();
  const [named] = useState(() => namePage(query.page, pages));
  const { input, update, serverErrors, draftId } = useQuestionDraft(named);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Before the app runs (and without JavaScript) the one contact field shows; after, the e-mail under its choice.
  const [enhanced, setEnhanced] = useState(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ id: string; answerBy?: AnswerChannel }>();
  const [noStorage, setNoStorage] = useState(false);
  // Made once: without storage, pressing "发送" twice still makes one question (server/questions/form-pages.tsx).
  const [onlineKey] = useState(newId);
  const receipt = useReceipt(sent?.id);
  useEffect(() => setEnhanced(true), []);
  // The rules' messages come with the page, and the worker keeps the phone rule's library (not downloaded by a first
  // visit), so a form opened online checks offline too; the library itself loads when a contact is checked.
  useEffect(() => void loadQuestionRules(t.lang, {}).catch(() => undefined), [t.lang]);
  useEffect(() => void navigator.serviceWorker?.ready.then((ready) => ready.active?.postMessage({ type: KEEP_PHONE_RULES_MESSAGE })), []);

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    // Where the rules cannot be loaded (offline before they were fetched), the server checks on delivery.
    if (await loadQuestionRules(t.lang, input).then(() => true, () => false)) {
      const result = validateQuestion({ ...input, locale: t.lang }, t.lang);
      if (!result.ok) return setErrors(result.errors);
    }
    setErrors([]);
    setSending(true);
    try {
      const id = await draftId();
      if (!id) throw new Error('no draft');
      await queueQuestion(id, { locale: t.lang });
      deliverQueued('queue');
      setSent({ id, answerBy: input.answerBy as AnswerChannel | undefined });
    } catch {
      // The phone cannot keep the question: the form posts it to the server as it does without JavaScript.
      setNoStorage(true);
    } finally {
      setSending(false);
    }
  };

  if (sent) {
    return (
      <Page title={receipt ? a.sent.title : a.sent.queuedTitle} description={a.intro} addressable={false}>
        <AskSent reference={receipt?.reference} dueDate={receipt?.dueDate} answerBy={sent.answerBy} />
      </Page>
    );
  }

  // Until the form checks the question itself, the server's reasons for refusing it, if it came back to be corrected.
  const shown = errors.length ? errors : serverErrors;
  return (
    <Page title={a.title} description={a.intro} hasErrors={shown.length > 0}>
      <ErrorSummary errors={shown} />
      <AskIntro />
      {noStorage && <p class="notice" role="alert">{a.noStorage}</p>}
      <AskForm
        input={input} errors={shown} named={named} enhanced={enhanced && !noStorage} onInput={update}
        onSubmit={noStorage ? undefined : send} sending={sending}
        carried={noStorage ? { idempotencyKey: onlineKey } : idempotencyKey ? { idempotencyKey } : undefined}
      />
    </Page>
  );
}
