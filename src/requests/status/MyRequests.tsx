import type { RequestStatus as StatusAnswer } from '../contract.ts';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { Page } from '../../components/Page/Page.tsx';
import { useRequestMessages } from '../messages/index.ts';
import { useHref, useMessages } from '../../i18n/index.ts';
import { list, onOutboxChange, type OutboxRecord, remove, reopen } from '../outbox/index.ts';
import { formSteps, stepOf, stepPath } from '../form/steps.ts';

type Loaded = { state: 'loading' } | { state: 'ready'; records: OutboxRecord[] } | { state: 'unavailable' };

/** Every request made on this phone, from the outbox, kept in step with other tabs. */
function useRecords(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    const read = () =>
      list().then(
        (records) => setLoaded({ state: 'ready', records: records.sort((a, b) => b.queuedAt - a.queuedAt) }),
        () => setLoaded({ state: 'unavailable' }),
      );
    void read();
    return onOutboxChange(() => void read());
  }, []);
  return loaded;
}

function useStatusWords() {
  const t = useMessages();
  const r = useRequestMessages();
  return (record: OutboxRecord) =>
    record.status === 'sent' ? r.requests.status.sent(record.receipt?.reference ?? '') : r.requests.status[record.status];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `/requests/` lists them; `/requests/<id>/` shows one. The first render is the same for both (the
 * prerendered page), so hydrating either address matches it.
 */
export default function MyRequests() {
  const t = useMessages();
  const r = useRequestMessages();
  const { params } = useRoute();
  const loaded = useRecords();
  const statusWords = useStatusWords();
  const href = useHref();
  if (params.id) return <RequestStatus id={params.id} loaded={loaded} />;
  return (
    <Page title={r.requests.title} description={r.requests.intro} trail={[]}>
      <p>{r.requests.intro}</p>
      {loaded.state === 'ready' && loaded.records.length === 0 && <p>{r.requests.empty}</p>}
      {loaded.state === 'ready' && loaded.records.length > 0 && (
        <ul class="item-list">
          {loaded.records.map((record) => (
            <li key={record.id}>
              <a href={href(`/requests/${record.id}/`)}>{record.summary.description}{record.summary.truncated ? '…' : ''}</a>
              <span class="item-list__meta">{statusWords(record)} · {day(record.queuedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {loaded.state === 'ready' && loaded.records.some((record) => record.status === 'queued' || record.status === 'sending') && (
        <p class="notice">{r.requests.unsentWarning}</p>
      )}
      <p><a class="standalone-link" href={href('/request/')}>{r.requests.howTo}</a></p>
    </Page>
  );
}

type ServerStatus = StatusAnswer;

/** Where the federation is with a sent request, asked of the server with the request's own token when online. */
function useServerStatus(record: OutboxRecord | undefined): ServerStatus | undefined {
  const [status, setStatus] = useState<ServerStatus>();
  const receipt = record?.receipt;
  useEffect(() => {
    if (!receipt) return;
    let current = true;
    const refresh = () =>
      fetch(`/api/requests/${encodeURIComponent(receipt.reference)}?token=${encodeURIComponent(receipt.statusToken)}`)
        .then((response) => (response.ok ? (response.json() as Promise<ServerStatus>) : undefined))
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

function RequestStatus({ id, loaded }: { id: string; loaded: Loaded }) {
  const t = useMessages();
  const r = useRequestMessages();
  const { route } = useLocation();
  const href = useHref();
  const statusWords = useStatusWords();
  const record = loaded.state === 'ready' ? loaded.records.find((candidate) => candidate.id === id) : undefined;
  const server = useServerStatus(record);
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
    route(href('/requests/'));
  };

  return (
    <Page title={r.requests.detailTitle(record.summary.description)} description={r.requests.intro} trail={[{ href: '/requests/', label: r.requests.title }]}>
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
