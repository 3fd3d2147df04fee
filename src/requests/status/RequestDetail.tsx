import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { myRequestsHref } from '../../addresses/addresses.ts';
import { Page } from '../../components/Page/Page.tsx';
import { useHref, useMessages } from '../../i18n/index.ts';
import type { RequestStatus } from '../contract.ts';
import { formSteps, stepOf, stepPath } from '../form/steps.ts';
import { requestWords, useRequestMessages } from '../messages/index.ts';
import { remove, reopen } from '../outbox/outbox.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { chinaDate, chinaDateTime } from '../../dates/china.ts';
import { historySteps } from './history.ts';
import { useRecords, useStatusWords } from './records.ts';

/**
 * A part of the page fetched only when it is `wanted`: the federation's side (progress, letters, reply) once a request
 * has a receipt, and the whole page of a question (QuestionDetail.tsx). The check-answers page loads this page's code
 * ahead, and the form's 35 KB budget has no room for what only a sent request or a question needs.
 */
function useLater<P>(wanted: boolean, load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> | undefined {
  const [view, setView] = useState<ComponentType<P>>();
  useEffect(() => {
    if (wanted && !view) void load().then((module) => setView(() => module.default));
  }, [wanted]);
  return view;
}

/** The request pages' text, loaded with the page (src/app/App.tsx). */
export const words = [requestWords];

/**
 * One request made on this phone (`/requests/<id>/`): its state here, its receipt, and, asked of the server when
 * online, where the federation is with it and its reply. A refused request can be corrected and sent again. A
 * question or suggestion sent from this phone has the same address and its own page, QuestionDetail.tsx.
 */
export default function RequestDetail() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const loaded = useRecords();
  const t = useMessages();
  const r = useRequestMessages();
  const { route } = useLocation();
  const href = useHref();
  const statusWords = useStatusWords();
  const record = loaded.state === 'ready' ? loaded.records.find((candidate) => candidate.id === id) : undefined;
  const [server, setServer] = useState<RequestStatus>();
  const question = record?.kind === 'question';
  const Progress = useLater(!question && !!record?.receipt, () => import('./ServerProgress.tsx'));
  const Question = useLater(question, () => import('./QuestionDetail.tsx'));
  if (!record || question) {
    if (Question && record) return <Question record={record} />;
    return (
      <Page title={r.requests.title} description={r.requests.intro} trail={[]}>
        <p>{r.requests.intro}</p>
        {loaded.state !== 'loading' && !record && <p>{r.requests.notFound}</p>}
      </Page>
    );
  }

  const correct = async () => {
    const draft = await reopen(record.id);
    const first = draft.fieldErrors[0];
    route(href(first ? `${stepPath(stepOf(first.field))}#${first.field}` : stepPath(formSteps[0].slug)));
  };
  const forget = async () => {
    await remove(record.id);
    route(href(myRequestsHref()));
  };

  return (
    <Page title={r.requests.detailTitle(record.summary.description)} description={r.requests.intro} trail={[{ href: myRequestsHref(), label: r.requests.title }]}>
      <p class="status-tag"><strong>{statusWords(record)}</strong></p>
      <dl class="summary-list">
        {record.receipt && (
          <>
            <div><dt>{r.requests.reference}</dt><dd>{record.receipt.reference}</dd></div>
            <div><dt>{r.requests.received}</dt><dd>{chinaDate(record.receipt.receivedAt)}</dd></div>
            {/* The server's date is the current one: a completed request or an extension moves it. */}
            <div><dt>{r.requests.due}</dt><dd>{server?.dueDate ?? record.receipt.dueDate}{(server ?? record.receipt).dueDateProvisional && r.requests.dueProvisional}</dd></div>
          </>
        )}
        <div><dt>{r.requests.queuedAt}</dt><dd>{chinaDate(record.queuedAt)}</dd></div>
      </dl>
      {record.status === 'rejected' && (
        <>
          <ul class="list">
            {record.fieldErrors.map((error) => <li key={error.field}>{error.message}</li>)}
          </ul>
          <p><button type="button" class="button" onClick={correct}>{r.requests.correct}</button></p>
        </>
      )}
      {Progress && record.receipt && <Progress record={record} onStatus={setServer} />}
      <h2>{r.requests.history}</h2>
      <ol class="list">
        {historySteps(record.history).map((change) => (
          <li key={`${change.at}-${change.status}`}>{chinaDateTime(change.at, t.lang)}{t.colon}{change.status === 'sent' ? r.requests.status.sent(record.receipt?.reference ?? '') : r.requests.status[change.status]}</li>
        ))}
      </ol>
      <p><button type="button" class="button button--secondary" onClick={forget}>{r.requests.delete}</button></p>
    </Page>
  );
}
