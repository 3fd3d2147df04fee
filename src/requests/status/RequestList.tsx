import { myRequestHref, requestHref } from '../../addresses/addresses.ts';
import { Page } from '../../components/Page/Page.tsx';
import { useHref, useLocale } from '../../i18n/index.ts';
import { requestWords, useRequestMessages } from '../messages/index.ts';
import { chinaDate, chinaDateTime } from '../../dates/china.ts';
import type { QuestionStatus } from '../outbox/types.ts';
import { questionView, questionWords } from './question-view.ts';
import { useRecords, useStatusWords } from './records.ts';

/** The request pages' text, loaded with the page (src/app/App.tsx). */
export const words = [requestWords];

/**
 * "我的申请" (`/requests/`): every request made on this phone, with its state on the phone, and every question or
 * suggestion to the mailbox, marked 咨询 or 建议, with the mailbox's state as last read. `/requests/<id>/` is
 * answered with this page's prerendered HTML (the id exists only on the phone), which RequestDetail hydrates.
 */
export default function RequestList() {
  const r = useRequestMessages();
  const loaded = useRecords();
  const statusWords = useStatusWords();
  const href = useHref();
  const w = questionWords[useLocale()];
  return (
    <Page title={r.requests.title} description={r.requests.intro} trail={[]}>
      <p>{r.requests.intro}</p>
      {loaded.state === 'ready' && loaded.records.length === 0 && <p>{r.requests.empty}</p>}
      {loaded.state === 'ready' && loaded.records.length > 0 && (
        <ul class="item-list">
          {loaded.records.map((record) => {
            const question = record.kind === 'question' ? questionView(record, record.serverStatus as QuestionStatus | undefined, w, '') : undefined;
            return (
              <li key={record.id}>
                <a href={href(myRequestHref(record.id))}>{question?.title ?? `${record.summary.description}${record.summary.truncated ? '…' : ''}`}</a>
                <span class="item-list__meta">{statusWords(record)}{question?.state && ` · ${question.state}`} · {chinaDate(record.queuedAt)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {loaded.state === 'ready' && loaded.records.some((record) => record.status === 'queued' || record.status === 'sending') && (
        <p class="notice">{r.requests.unsentWarning}</p>
      )}
      <p><a class="standalone-link" href={href(requestHref())}>{r.requests.howTo}</a></p>
    </Page>
  );
}
