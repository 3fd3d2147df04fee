import { askHref, myRequestsHref } from '../../addresses/addresses.ts';
import { useHref, useMessages } from '../../i18n/index.ts';
import type { AnswerChannel } from '../contract.ts';
import { useAskMessages } from './messages/index.ts';

interface AskSentProps {
  /** The receipt's reference and due date (YYYY-MM-DD); absent while the question waits in the outbox. */
  reference?: string;
  dueDate?: string;
  answerBy?: AnswerChannel;
  /**
   * Without JavaScript, for an answer read "on this phone": the server's status page, with its token
   * (`askStatusHref`), to bookmark. With the app the answer shows in "我的申请" instead.
   */
  statusHref?: string;
}

/**
 * The confirmation: GOV.UK's panel with the reference and due date, or "已保存，联网后自动发送" while the question waits
 * for a signal; then where the answer will come. Rendered by the app (AskPage.tsx) and the server
 * (server/questions/form-pages.tsx) alike; its heading is the page's `h1`, so the panel itself has none. Not a live
 * region: the outbox already says "已保存，联网后自动发送" and then the reference (src/requests/outbox/deliver.ts), and
 * as `role="status"` the panel made Orca say the reference three times more as the receipt filled it in.
 */
export function AskSent({ reference, dueDate, answerBy, statusHref }: AskSentProps) {
  const t = useMessages();
  const a = useAskMessages();
  const href = useHref();
  return (
    <>
      <div class="panel">
        {reference ? (
          <>
            <p>{a.sent.reference}{t.colon}<strong>{reference}</strong></p>
            {dueDate && <p>{a.sent.due}{t.colon}{dueDate}</p>}
          </>
        ) : (
          <p>{a.sent.queued}</p>
        )}
      </div>
      {reference && <p>{a.sent.keepReference}</p>}
      {answerBy === 'email' && <p>{a.sent.email}</p>}
      {answerBy === 'phone' && statusHref && (
        <>
          <p>{a.sent.phoneBookmark}</p>
          <p><a class="standalone-link" href={statusHref}>{a.sent.phoneStatusLink}</a></p>
        </>
      )}
      {answerBy === 'phone' && !statusHref && <p><a class="standalone-link" href={href(myRequestsHref())}>{a.sent.phoneLink}</a></p>}
      <p><a class="standalone-link" href={href(askHref())}>{a.sent.another}</a></p>
    </>
  );
}
