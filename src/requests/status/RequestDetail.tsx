import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { myRequestsHref, requestStatusApiHref } from '../../addresses/addresses.ts';
import { Page } from '../../components/Page/Page.tsx';
import { useHref, useMessages } from '../../i18n/index.ts';
import type { RequestStatus } from '../contract.ts';
import { formSteps, stepOf, stepPath } from '../form/steps.ts';
import { useRequestMessages } from '../messages/index.ts';
import { type OutboxRecord, remove, reopen } from '../outbox/index.ts';
import { day, useRecords, useStatusWords } from './records.ts';


/** Where the federation is with a sent request, asked of the server with the request's own token when online. */
function useServerStatus(record: OutboxRecord | undefined): RequestStatus | undefined {
  const [status, setStatus] = useState<RequestStatus>();
  const receipt = record?.receipt;
  useEffect(() => {
    if (!receipt) return;
    let current = true;
    const refresh = () =>
      fetch(requestStatusApiHref(receipt.reference, receipt.statusToken))
        .then((response) => (response.ok ? (response.json() as Promise<RequestStatus>) : undefined))
        .then((answer) => current && answer && setStatus(answer))
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

type Extras = typeof import('./ReplyExtras.tsx').ReplyExtras;

/** The reply's files and deliveries, in a chunk of their own fetched only for a status that has them. */
function useExtras(server: RequestStatus | undefined): Extras | undefined {
  const [extras, setExtras] = useState<Extras>();
  const needed = !!server && ((server.reply?.files ?? []).length > 0 || !!server.deliveries);
  useEffect(() => {
    if (needed) void import('./ReplyExtras.tsx').then((module) => setExtras(() => module.ReplyExtras));
  }, [needed]);
  return extras;
}

/**
 * One request made on this phone (`/requests/<id>/`): its state here, its receipt, and, asked of the server when
 * online, where the federation is with it and its reply. A refused request can be corrected and sent again.
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
  const server = useServerStatus(record);
  const Extras = useExtras(server);
  if (!record) {
    return (
      <Page title={r.requests.title} description={r.requests.intro} trail={[]}>
        <p>{r.requests.intro}</p>
        {loaded.state !== 'loading' && <p>{r.requests.notFound}</p>}
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
            <div><dt>{r.requests.received}</dt><dd>{record.receipt.receivedAt.slice(0, 10)}</dd></div>
            {/* The server's date is the current one: a completed request or an extension moves it. */}
            <div><dt>{r.requests.due}</dt><dd>{server?.dueDate ?? record.receipt.dueDate}</dd></div>
          </>
        )}
        <div><dt>{r.requests.queuedAt}</dt><dd>{day(record.queuedAt)}</dd></div>
      </dl>
      {record.status === 'rejected' && (
        <>
          <ul class="list">
            {record.fieldErrors.map((error) => <li key={error.field}>{error.message}</li>)}
          </ul>
          <p><button type="button" class="button" onClick={correct}>{r.requests.correct}</button></p>
        </>
      )}
      {server?.reply && (
        <>
          <h2>{r.requests.reply}</h2>
          <p class="panel"><strong>{server.reply.outcomeText}</strong></p>
          <dl class="summary-list">
            <div><dt>{r.requests.replyText}</dt><dd class="pre-wrap">{server.reply.text}</dd></div>
            {server.reply.reason && <div><dt>{r.requests.reason}</dt><dd class="pre-wrap">{server.reply.reason}</dd></div>}
            {server.reply.legalBasis && <div><dt>{r.requests.legalBasis}</dt><dd class="pre-wrap">{server.reply.legalBasis}</dd></div>}
          </dl>
          {Extras && record.receipt && <Extras status={server} token={record.receipt.statusToken} part="files" />}
        </>
      )}
      {server?.status === 'awaiting-completion' && server.completion && (
        <>
          <h2>{r.requests.completionTitle}</h2>
          <p class="notice pre-wrap">{server.completion.note}</p>
          <p>{r.requests.completionText}</p>
        </>
      )}
      {server?.extension && !server.reply && <p>{r.requests.extended(server.extension.reason)}</p>}
      {server && (
        <>
          <h2>{r.requests.progress}</h2>
          <ol class="list">
            {server.history.map((change) => (
              <li key={change.at + change.status}>
                {new Date(change.at).toLocaleString(t.lang)}{t.colon}{r.requests.serverStatus[change.status as keyof typeof r.requests.serverStatus] ?? change.status}
              </li>
            ))}
          </ol>
          {Extras && record.receipt && <Extras status={server} token={record.receipt.statusToken} part="deliveries" />}
        </>
      )}
      <h2>{r.requests.history}</h2>
      <ol class="list">
        {record.history.map((change) => (
          <li key={change.at}>{new Date(change.at).toLocaleString(t.lang)}{t.colon}{change.status === 'sent' ? r.requests.status.sent(record.receipt?.reference ?? '') : r.requests.status[change.status]}</li>
        ))}
      </ol>
      <p><button type="button" class="button button--secondary" onClick={forget}>{r.requests.delete}</button></p>
    </Page>
  );
}
