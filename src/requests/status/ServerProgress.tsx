import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../a11y/announce.ts';
import { requestStatusApiHref } from '../../addresses/addresses.ts';
import { chinaDateTime } from '../../dates/china.ts';
import { useMessages } from '../../i18n/index.ts';
import type { RequestStatus } from '../contract.ts';
import LetterList from '../letters/LetterList.tsx';
import { useRequestMessages } from '../messages/index.ts';
import { keepServerStatus } from '../outbox/outbox.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { ReplyExtras } from './ReplyExtras.tsx';

type RequestMessages = ReturnType<typeof useRequestMessages>;

/** What changed since the phone last read the status, in words to announce; undefined when nothing did. */
function changeWords(before: RequestStatus | undefined, after: RequestStatus, r: RequestMessages): string | undefined {
  const known = new Set(before?.letters.map((letter) => letter.id));
  const added = after.letters.find((letter) => !known.has(letter.id));
  if (added) return r.requests.newLetter(added.body.title);
  const last = after.history.at(-1)?.status;
  if (before && after.history.length === before.history.length) return undefined;
  // Until the first answer the phone knows only that the request was received.
  if (!before && last === 'received') return undefined;
  const words = last && r.requests.serverStatus[last as keyof typeof r.requests.serverStatus];
  return words ? r.requests.changed(words) : undefined;
}

/**
 * Where the federation is with a sent request: the copy kept on the phone at once (so letters read offline), then,
 * when online, the server's answer, asked with the request's own token and kept in turn. What changed since the
 * phone last looked is announced politely.
 */
function useServerStatus(record: OutboxRecord, onStatus: (status: RequestStatus) => void): RequestStatus | undefined {
  const [status, setStatus] = useState<RequestStatus>();
  const r = useRequestMessages();
  const receipt = record.receipt;
  const id = record.id;
  useEffect(() => {
    if (!receipt || !id) return;
    let current = true;
    const show = (shown: RequestStatus) => {
      setStatus(shown);
      onStatus(shown);
    };
    // A request's record keeps a request's status (a question's is read by QuestionDetail.tsx).
    const kept = record.serverStatus as RequestStatus | undefined;
    if (kept) show(kept);
    const refresh = () =>
      fetch(requestStatusApiHref(receipt.reference, receipt.statusToken))
        .then((response) => (response.ok ? (response.json() as Promise<RequestStatus>) : undefined))
        .then(async (answer) => {
          if (!current || !answer) return;
          show(answer);
          const before = await keepServerStatus(id, answer).catch(() => kept);
          const words = changeWords(before, answer, r);
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

/**
 * A sent request's progress at the federation, on its page: the letters (the newest first), the reply, what to
 * complete, the extension, and the history. `onStatus` hands each status read to the page, for the due date.
 */
export default function ServerProgress({ record, onStatus }: { record: OutboxRecord; onStatus: (status: RequestStatus) => void }) {
  const server = useServerStatus(record, onStatus);
  const t = useMessages();
  const r = useRequestMessages();
  return (
    <>
      {server && server.letters.length > 0 && <LetterList letters={server.letters} />}
      {server?.reply && (
        <>
          <h2>{r.requests.reply}</h2>
          <p class="panel"><strong>{server.reply.outcomeText}</strong></p>
          <dl class="summary-list">
            <div><dt>{r.requests.replyText}</dt><dd class="pre-wrap">{server.reply.text}</dd></div>
            {server.reply.reason && <div><dt>{r.requests.reason}</dt><dd class="pre-wrap">{server.reply.reason}</dd></div>}
            {server.reply.legalBasis && <div><dt>{r.requests.legalBasis}</dt><dd class="pre-wrap">{server.reply.legalBasis}</dd></div>}
          </dl>
          {record.receipt && <ReplyExtras status={server} token={record.receipt.statusToken} part="files" />}
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
                {chinaDateTime(change.at, t.lang)}{t.colon}{r.requests.serverStatus[change.status as keyof typeof r.requests.serverStatus] ?? change.status}
              </li>
            ))}
          </ol>
          {record.receipt && <ReplyExtras status={server} token={record.receipt.statusToken} part="deliveries" />}
        </>
      )}
    </>
  );
}
