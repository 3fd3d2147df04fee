import { useLocale } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { RequestStatus } from '../contract.ts';
import { fileKindLabel, fileSizeText, type ReplyFile } from '../reply-files.ts';
import { enExtras } from './extras/en.ts';
import { type ExtrasWords, zhHansExtras } from './extras/zh-Hans.ts';
import * as zhHant from './extras/zh-Hans.ts?zh-Hant';

/** Every language's words in this one small chunk: three short sets cost less than a loader per language. */
const words: Record<Locale, ExtrasWords> = { 'zh-Hans': zhHansExtras, 'zh-Hant': zhHant.zhHansExtras as ExtrasWords, en: enExtras };

/** A reply's file as its link reads: the name without the ending its kind already says, then kind and size. */
function FileLink({ file, token }: { file: ReplyFile; token: string }) {
  const w = words[useLocale()];
  const name = file.name.replace(/\.[a-z0-9]{2,5}$/i, '');
  return (
    <a class="standalone-link" href={`${file.href}?token=${encodeURIComponent(token)}`} download={file.name}>
      {w.fileLink(name, fileKindLabel(file.type), fileSizeText(file.size, w.bytes))}
    </a>
  );
}

/**
 * What only some replies have, part of ServerProgress's chunk (loaded once a request is sent, so it costs the form
 * nothing): the files sent with the reply (`part="files"`), downloaded with the phone's status token, and the posts
 * and collections recorded (`part="deliveries"`).
 */
export function ReplyExtras({ status, token, part }: { status: RequestStatus; token: string; part: 'files' | 'deliveries' }) {
  const w = words[useLocale()];
  if (part === 'files') {
    const files = status.reply?.files ?? [];
    return files.length === 0 ? null : (
      <>
        <h3>{w.files}</h3>
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
          {delivery.method === 'post' ? w.post(delivery.on, delivery.trackingNumber) : w.collection(delivery.on)}
        </li>
      ))}
    </ul>
  );
}
