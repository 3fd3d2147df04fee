/**
 * A real SMTP server for the tests (the `smtp-server` package), on a port of its own, that keeps what it receives,
 * can refuse the first messages with a temporary error, and reads each message back: headers, text, attachments.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedPart {
  type: string;
  filename?: string;
  content: Buffer;
}

export interface ReceivedMessage {
  raw: string;
  to: string[];
  messageId: string;
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  attachments: ReceivedPart[];
}

export interface TestSmtp {
  url: string;
  received: ReceivedMessage[];
  /** Resolves once `count` messages have arrived. */
  arrived(count: number): Promise<void>;
  /** One per Message-ID, as a mail store that drops duplicates keeps them. */
  deduplicated(): ReceivedMessage[];
  close(): Promise<void>;
}

const decodeWords = (value: string) =>
  value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );

function headersOf(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parameter(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  // RFC 2231: name*=utf-8''…, or continued as name*0*=…; name*1*=…
  const pieces = [...header.matchAll(new RegExp(`${name}\\*(\\d+)?\\*?="?([^";]*)"?`, 'gi'))].map((match) => match[2]!);
  if (pieces.length > 0) return decodeURIComponent(pieces.join('').replace(/^utf-8''/i, ''));
  const plain = new RegExp(`${name}="?([^";]*)"?`, 'i').exec(header)?.[1];
  return plain === undefined ? undefined : decodeWords(plain);
}

function decode(body: string, encoding: string | undefined): Buffer {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    return Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  }
  return Buffer.from(body, 'latin1');
}

/** The leaves of a MIME message, depth first. */
function parts(raw: string): (ReceivedPart & { headers: Map<string, string> })[] {
  const split = raw.indexOf('\r\n\r\n');
  const headers = headersOf(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(type, 'boundary');
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .flatMap((part) => parts(part.replace(/^\r\n/, '')));
  }
  const filename = parameter(headers.get('content-disposition'), 'filename') ?? parameter(type, 'name');
  return [{ headers, type: type.split(';')[0]!.trim(), ...(filename && { filename }), content: decode(body.replace(/\r\n$/, ''), headers.get('content-transfer-encoding')) }];
}

export function parseMessage(raw: string, to: string[]): ReceivedMessage {
  const headers = headersOf(raw.slice(0, raw.indexOf('\r\n\r\n')));
  const leaves = parts(raw);
  return {
    raw,
    to,
    messageId: headers.get('message-id') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    text: leaves.find((leaf) => leaf.type === 'text/plain' && !leaf.filename)?.content.toString('utf8') ?? '',
    attachments: leaves.filter((leaf) => leaf.filename).map(({ type, filename, content }) => ({ type, filename, content })),
  };
}

/** Starts the server; `refuse` messages are answered "451 try again later" before any is accepted. */
export async function startSmtp(options: { refuse?: number } = {}): Promise<TestSmtp> {
  let refusals = options.refuse ?? 0;
  const received: ReceivedMessage[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          return callback(Object.assign(new Error('4.3.2 Too busy, try again later'), { responseCode: 451 }));
        }
        received.push(parseMessage(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((rcpt) => rcpt.address)));
        callback();
        for (const waiter of waiting.filter((w) => received.length >= w.count)) waiter.resolve();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    arrived: (count) => (received.length >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }))),
    deduplicated: () => received.filter((message, i) => received.findIndex((other) => other.messageId === message.messageId) === i),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
