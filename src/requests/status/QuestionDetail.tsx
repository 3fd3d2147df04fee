import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { announce } from '../../a11y/announce.ts';
import { askHref, myRequestsHref, questionStatusApiHref } from '../../addresses/addresses.ts';
import { chinaDate } from '../../dates/china.ts';
import { useHref, useLocale } from '../../i18n/index.ts';
import { useRequestMessages } from '../messages/index.ts';
import { keepServerStatus, remove, reopen } from '../outbox/outbox.ts';
import type { OutboxRecord, QuestionStatus } from '../outbox/types.ts';
import { Page } from '../../components/Page/Page.tsx';
import { questionChange, questionView, questionWords, type Row } from './question-view.ts';
import { useStatusWords } from './records.ts';

/**
 * The mailbox's answer to a sent question: the copy kept on the phone at once (so it reads offline, as a request's
 * letters do), then, when online, the status API's, asked with the question's own token and kept in turn; what
 * changed since the phone last looked is announced politely.
 */
function useQuestionStatus(record: OutboxRecord): QuestionStatus | undefined {
  const kept = record.serverStatus as QuestionStatus | undefined;
  const [status, setStatus] = useState(kept);
  const w = questionWords[useLocale()];
  const receipt = record.receipt;
  useEffect(() => {
    if (!receipt) return;
    let current = true;
    const refresh = () =>
      fetch(questionStatusApiHref(receipt.reference, receipt.statusToken))
        .then((response) => (response.ok ? (response.json() as Promise<QuestionStatus>) : undefined))
        .then(async (answer) => {
          if (!current || !answer) return;
          setStatus(answer);
          const words = questionChange(await keepServerStatus(record.id, answer).catch(() => kept), answer, w);
          if (words) announce(words);
        })
        .catch(() => undefined);
    void refresh();
    addEventListener('online', refresh);
    return () => {
      current = false;
      removeEventListener('online', refresh);
    };
  }, [receipt?.reference]);
  return status;
}

const List = ({ rows }: { rows: Row[] }) => (
  <dl class="summary-list">
    {rows.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
  </dl>
);

/**
 * A question or suggestion sent from this phone, on "我的申请" (`/requests/<id>/`, loaded by RequestDetail.tsx only
 * for a question, so the request form's budget pays nothing for it): its state here, its reference and dates, staff's
 * answer once given, or the disclosure request it became.
 */
export default function QuestionDetail({ record }: { record: OutboxRecord }) {
  const r = useRequestMessages();
  const w = questionWords[useLocale()];
  const href = useHref();
  const { route } = useLocation();
  const statusWords = useStatusWords();
  const status = useQuestionStatus(record);
  const view = questionView(record, status, w, r.requests.dueProvisional);
  const forget = async () => {
    await remove(record.id);
    route(href(myRequestsHref()));
  };
  // Back to the form as a draft, what was typed and the server's errors kept (the outbox's `reopen`), to correct and send.
  const correct = async () => {
    const draft = await reopen(record.id);
    const first = draft.fieldErrors[0];
    route(href(`${askHref()}${first ? `#${first.field}` : ''}`));
  };
  return (
    <Page title={view.title} description={r.requests.intro} trail={[{ href: myRequestsHref(), label: r.requests.title }]}>
      <p class="status-tag"><strong>{view.state ?? statusWords(record)}</strong></p>
      <List rows={[...view.rows, [r.requests.queuedAt, chinaDate(record.queuedAt)]]} />
      {record.status === 'rejected' && (
        <>
          <ul class="list">
            {record.fieldErrors.map((error) => <li key={error.field}>{error.message}</li>)}
          </ul>
          <p><button type="button" class="button" onClick={correct}>{r.requests.correct}</button></p>
        </>
      )}
      {view.answer && (
        <>
          <h2>{w.answer}</h2>
          <p class="pre-wrap">{view.answer.text}</p>
          <List rows={[[w.answeredOn, view.answer.on]]} />
        </>
      )}
      {view.converted && (
        <>
          <h2>{w.status.converted}</h2>
          <p class="panel">{view.converted.text}</p>
          <List rows={view.converted.rows} />
        </>
      )}
      <p><button type="button" class="button button--secondary" onClick={forget}>{r.requests.delete}</button></p>
    </Page>
  );
}
