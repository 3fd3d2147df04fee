/**
 * E-mail settings, from the environment (README "Configuration"): SMTP_URL (smtp://user:pass@host:587, or smtps://
 * for TLS from the start), MAIL_FROM (the sender, an address or `名称 <address>`), MAIL_ATTACH_MAX_BYTES (the files
 * of one message together above this many bytes are listed for download instead of attached; default 10 MiB, as
 * many mail systems refuse messages much larger once base64 adds a third). Without SMTP_URL, no e-mail is sent
 * and none is queued: the console offers print instead.
 */
export interface MailConfig {
  smtpUrl: string;
  from: string;
  /** MAIL_FROM's domain, for Message-IDs. */
  domain: string;
  attachLimitBytes: number;
}

export const DEFAULT_ATTACH_LIMIT_BYTES = 10 * 1024 * 1024;

/** The settings, undefined without SMTP_URL; throws with a message a person can act on (never echoing the password). */
export function mailConfigFrom(env: Record<string, string | undefined>): MailConfig | undefined {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(smtpUrl).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new Error('SMTP_URL must be an address such as smtp://user:password@mail.example.org:587 (or smtps://)');
  const from = env.MAIL_FROM?.trim() ?? '';
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  const domain = /^[^\s@]+@([^\s@]+)$/.exec(address)?.[1];
  if (!domain) throw new Error('MAIL_FROM must be the sender\'s e-mail address, such as 市残联 <gongkai@example.org>, when SMTP_URL is set');
  const limit = env.MAIL_ATTACH_MAX_BYTES?.trim();
  const attachLimitBytes = limit ? (/^\d{1,10}$/.test(limit) ? Number(limit) : Number.NaN) : DEFAULT_ATTACH_LIMIT_BYTES;
  if (!Number.isFinite(attachLimitBytes)) throw new Error(`MAIL_ATTACH_MAX_BYTES must be a whole number of bytes, got "${limit}"`);
  return { smtpUrl, from, domain, attachLimitBytes };
}
