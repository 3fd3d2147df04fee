/**
 * The staff console's view of how the reply reaches the applicant (issue 13 points 2 and 3), on the request's page:
 * the files sent with it, each e-mail ("sent at", "failed: reason, will retry at", or waiting), the posts and
 * collections recorded, and, where the applicant chose e-mail but SMTP_URL is not set, that nothing will be sent by
 * itself: print the reply and its files instead.
 */
import { fileKindLabel, fileSizeText } from '../../src/requests/reply-files.ts';
import type { Delivery, StaffRequest, StoredFile } from '../requests/repository.ts';
import type { OutboxMail } from './outbox.ts';
import { chinaDateTime } from '../../src/dates/china.ts';

const localTime = (at: Date) => chinaDateTime(at, 'zh-CN');

export const deliveryText = {
  title: '送达',
  files: '随答复发送的文件',
  noFiles: '没有随答复发送文件。',
  file: (file: StoredFile) => `${file.name}（${fileKindLabel(file.type)}，${fileSizeText(file.size, '字节')}）`,
  mail: '电子邮件',
  sent: (at: Date) => `已于 ${localTime(at)} 发出`,
  failed: (reason: string, retryAt: Date) => `发送失败：${reason}。将于 ${localTime(retryAt)} 重试`,
  waiting: '等待发送',
  notConfigured:
    '申请人选择了电子邮件，但本站没有配置发信（SMTP_URL），答复不会自动发出。请打印答复和文件（在浏览器里打印本页，文件从下面的列表打开后打印），邮寄或请申请人领取，然后记录邮寄或领取。',
  noEmail: '申请人选择了电子邮件，但没有留下电子邮件地址。请打印答复，邮寄或请申请人领取。',
  posted: (delivery: Delivery) => `${delivery.on} 邮寄${delivery.trackingNumber ? `，邮件号码 ${delivery.trackingNumber}` : ''}`,
  collected: (delivery: Delivery) => `${delivery.on} 申请人领取`,
};

export function DeliverySection({ request, files, mails, deliveries, mailConfigured }: {
  request: StaffRequest; files: StoredFile[]; mails: OutboxMail[]; deliveries: Delivery[]; mailConfigured: boolean;
}) {
  const t = deliveryText;
  const wantsMail = request.delivery === 'email';
  if (!request.answeredAt && deliveries.length === 0) return null;
  return (
    <>
      <h2>{t.title}</h2>
      {request.answeredAt && (
        <>
          <h3>{t.files}</h3>
          {files.length === 0 ? <p>{t.noFiles}</p> : <ul class="list">{files.map((file) => <li key={file.id}>{t.file(file)}</li>)}</ul>}
        </>
      )}
      {wantsMail && request.answeredAt && (
        <>
          <h3>{t.mail}</h3>
          {!mailConfigured && mails.length === 0 && <p class="notice">{t.notConfigured}</p>}
          {mailConfigured && !request.email && <p class="notice">{t.noEmail}</p>}
          {mails.length > 0 && (
            <ul class="list staff-mail">
              {mails.map((mail) => (
                <li key={mail.id}>
                  {mail.sentAt ? t.sent(mail.sentAt) : mail.lastError ? t.failed(mail.lastError, mail.nextAttemptAt) : t.waiting}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {deliveries.length > 0 && (
        <ul class="list">
          {deliveries.map((delivery, i) => <li key={i}>{delivery.method === 'post' ? t.posted(delivery) : t.collected(delivery)}</li>)}
        </ul>
      )}
    </>
  );
}
