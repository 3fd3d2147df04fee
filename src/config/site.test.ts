import { describe, expect, it } from 'vitest';
import { configuredContacts, guideFacts, site, type Contacts } from './site.ts';
import { siteUrlFrom } from '../../build/site-url.ts';

const empty: Contacts = { address: '', postcode: '', phone: '', sms: '', email: '', hours: '' };

describe('site config', () => {
  it('ships with no invented contact details: nothing is shown until the federation fills it in', () => {
    expect(configuredContacts(site.contacts)).toEqual([]);
    for (const slug of Object.keys(site.guideFacts)) expect(guideFacts(site, slug)).toEqual([]);
  });

  it('uses the 2019 regulation reply deadline: 20 working days, extendable by 20', () => {
    expect(site.disclosure).toMatchObject({ replyWorkingDays: 20, extensionWorkingDays: 20 });
  });

  it('gives request references a prefix that reads well in a reference number', () => {
    expect(site.disclosure.referencePrefix).toMatch(/^[A-Z]{1,16}$/);
  });

  it('shows only the contact channels that are filled in, never an empty label', () => {
    expect(configuredContacts({ ...empty, email: ' info@example.org ', phone: '  ' })).toEqual([['email', 'info@example.org']]);
  });

  it('shows a guide fact only when it is configured for that guide', () => {
    const config = { ...site, guideFacts: { 'bus-pass': { fee: '免费', where: '' } } };
    expect(guideFacts(config, 'bus-pass')).toEqual([['fee', '免费']]);
    expect(guideFacts(config, 'certificate-new')).toEqual([]);
  });
});

describe('siteUrlFrom', () => {
  it('takes BASE_URL without its trailing slash', () => {
    expect(siteUrlFrom({ BASE_URL: 'https://disclosure.example.cn/' })).toBe('https://disclosure.example.cn');
  });

  it('falls back to where npm start serves: HOST and PORT', () => {
    expect(siteUrlFrom({})).toBe('http://127.0.0.1:8080');
    expect(siteUrlFrom({ HOST: '0.0.0.0', PORT: '9000' })).toBe('http://0.0.0.0:9000');
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => siteUrlFrom({ BASE_URL: 'ftp://example.cn' })).toThrow(/BASE_URL must be an http\(s\) address/);
    expect(() => siteUrlFrom({ BASE_URL: 'not a url' })).toThrow();
  });
});
