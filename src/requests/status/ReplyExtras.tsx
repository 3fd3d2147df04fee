import type { RequestStatus } from '../contract.ts';
import { useRequestMessages } from '../messages/index.ts';
import { fileKindLabel, fileSizeText, type ReplyFile } from '../reply-files.ts';

/** A reply's file as its link reads: the name without the ending its kind already says, then kind and size. */
function FileLink({ file, token }: { file: ReplyFile; token: string }) {
  const r = useRequestMessages();
  const name = file.name.replace(/\.[a-z0-9]{2,5}$/i, '');
  return (
    <a class="standalone-link" href={`${file.href}?token=${encodeURIComponent(token)}`} download={file.name}>
      {r.requests.fileLink(name, fileKindLabel(file.type), fileSizeText(file.size, r.requests.bytes))}
    </a>
  );
}

/**
 * What only some replies have, loaded by RequestDetail when the status has it (the check-answers page loads
 * RequestDetail too, so its code costs every request page): the files sent with the reply (`part="files"`),
 * downloaded with the phone's status token, and the posts and collections recorded (`part="deliveries"`).
 */
export function ReplyExtras({ status, token, part }: { status: RequestStatus; token: string; part: 'files' | 'deliveries' }) {
  const r = useRequestMessages();
  if (part === 'files') {
    const files = status.reply?.files ?? [];
    return files.length === 0 ? null : (
      <>
        <h3>{r.requests.files}</h3>
        <ul class="list">
          {files.map((file) => <li key={file.href}><FileLink file={file} token={token} /></li>)}
        </ul>
      </>
    );
  }
  return !status.deliveries ? null : (
    <ul class="list">
      {status.deliveries.map((delivery) => (
        <li key={delivery.on + delivery.method}>
          {delivery.method === 'post' ? r.requests.delivery.post(delivery.on, delivery.trackingNumber) : r.requests.delivery.collection(delivery.on)}
        </li>
      ))}
    </ul>
  );
}
