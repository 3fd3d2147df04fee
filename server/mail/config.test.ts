import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTACH_LIMIT_BYTES, mailConfigFrom } from './config.ts';

describe('e-mail settings', () => {
  it('are off without SMTP_URL', () => {
    expect(mailConfigFrom({})).toBeUndefined();
    expect(mailConfigFrom({ SMTP_URL: '  ', MAIL_FROM: 'a@example.org' })).toBeUndefined();
  });

  it('take the sender’s domain for Message-IDs, and a size limit for attachments', () => {
    expect(mailConfigFrom({ SMTP_URL: 'smtp://u:p@mail.example.org:587', MAIL_FROM: '市残联 <gongkai@cl.example.gov.cn>' })).toEqual({
      smtpUrl: 'smtp://u:p@mail.example.org:587',
      from: '市残联 <gongkai@cl.example.gov.cn>',
      domain: 'cl.example.gov.cn',
      attachLimitBytes: DEFAULT_ATTACH_LIMIT_BYTES,
    });
    expect(mailConfigFrom({ SMTP_URL: 'smtps://mail.example.org', MAIL_FROM: 'a@example.org', MAIL_ATTACH_MAX_BYTES: '5000000' })?.attachLimitBytes).toBe(5_000_000);
  });

  it('stop the server with a message a person can act on, never echoing the password', () => {
    expect(() => mailConfigFrom({ SMTP_URL: 'smtp://u:secret@mail.example.org' })).toThrow('MAIL_FROM must be the sender\'s e-mail address');
    expect(() => mailConfigFrom({ SMTP_URL: 'http://u:secret@mail.example.org', MAIL_FROM: 'a@example.org' })).toThrow(/^SMTP_URL must be an address such as smtp:\/\/user:password@/);
    expect(() => mailConfigFrom({ SMTP_URL: 'http://u:secret@mail.example.org', MAIL_FROM: 'a@example.org' })).not.toThrow(/secret/);
    expect(() => mailConfigFrom({ SMTP_URL: 'smtp://mail.example.org', MAIL_FROM: 'a@example.org', MAIL_ATTACH_MAX_BYTES: '10MB' })).toThrow('MAIL_ATTACH_MAX_BYTES must be a whole number of bytes');
  });
});
