import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { canonicalAddress, clientAddressFrom } from './client-address.ts';

/** An app that answers with the address it sees; the socket's (the nearest proxy's) is 10.0.0.1. */
function seen(hops: number) {
  const app = new Hono();
  const addressOf = clientAddressFrom(hops, () => '10.0.0.1');
  app.get('/', (c) => c.text(addressOf(c)));
  return async (headers: Record<string, string> = {}) => (await app.request('/', { headers })).text();
}

describe('client address (TRUST_PROXY)', () => {
  it('with no trusted proxy, takes the socket address and believes no header', async () => {
    const ask = seen(0);
    expect(await ask()).toBe('10.0.0.1');
    expect(await ask({ 'X-Forwarded-For': '198.51.100.7' })).toBe('10.0.0.1');
    expect(await ask({ Forwarded: 'for=198.51.100.7' })).toBe('10.0.0.1');
  });

  it('with one proxy, takes the rightmost X-Forwarded-For entry, which the proxy wrote, not what the client put before it', async () => {
    const ask = seen(1);
    expect(await ask({ 'X-Forwarded-For': '198.51.100.7' })).toBe('198.51.100.7');
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
    expect(await ask({ 'X-Forwarded-For': '1.2.3.4, 198.51.100.7' })).toBe('198.51.100.7');
    expect(await ask({ 'X-Forwarded-For': '1.2.3.4,198.51.100.8' })).toBe('198.51.100.8');
    // Without the header (a request that did not come through the proxy), the socket.
    expect(await ask()).toBe('10.0.0.1');
  });

  it('with two proxies, takes the entry two from the right', async () => {
    const ask = seen(2);
    expect(await ask({ 'X-Forwarded-For': '1.2.3.4, 198.51.100.7, 10.0.0.2' })).toBe('198.51.100.7');
    expect(await ask({ 'X-Forwarded-For': '5.6.7.8, 1.2.3.4, 198.51.100.7, 10.0.0.2' })).toBe('198.51.100.7');
    // A shorter chain than the proxies: its leftmost entry.
    expect(await ask({ 'X-Forwarded-For': '198.51.100.9' })).toBe('198.51.100.9');
  });

  it('reads IPv6 entries in one spelling', async () => {
    const ask = seen(1);
    expect(await ask({ 'X-Forwarded-For': '1.2.3.4, 2001:DB8::1' })).toBe('2001:db8::1');
    expect(await ask({ 'X-Forwarded-For': '[2001:db8::1]:1234' })).toBe('2001:db8::1');
    expect(await ask({ 'X-Forwarded-For': '::ffff:198.51.100.7' })).toBe('198.51.100.7');
  });

  it('reads Forwarded (RFC 7239) when there is no X-Forwarded-For, quoted IPv6 with a port included', async () => {
    expect(await seen(1)({ Forwarded: 'for="[2001:db8::1]:1234"' })).toBe('2001:db8::1');
    expect(await seen(1)({ Forwarded: 'for=1.2.3.4, for=198.51.100.7;proto=https;by=10.0.0.1' })).toBe('198.51.100.7');
    expect(await seen(2)({ Forwarded: 'for=1.2.3.4;host="a,b", For="198.51.100.7:80", for=10.0.0.2' })).toBe('198.51.100.7');
    expect(await seen(1)({ Forwarded: 'for=1.2.3.4', 'X-Forwarded-For': '198.51.100.7' })).toBe('198.51.100.7');
  });

  it('falls back to the socket address when the trusted entry is not an address', async () => {
    const ask = seen(1);
    expect(await ask({ Forwarded: 'for=unknown' })).toBe('10.0.0.1');
    expect(await ask({ Forwarded: 'for=_hidden' })).toBe('10.0.0.1');
    expect(await ask({ 'X-Forwarded-For': '1.2.3.4, not an address' })).toBe('10.0.0.1');
    expect(await ask({ 'X-Forwarded-For': '' })).toBe('10.0.0.1');
  });

  it('spells addresses one way', () => {
    expect(['192.0.2.1', '"192.0.2.1:80"', '[::1]', '::FFFF:192.0.2.1', 'x', ''].map(canonicalAddress)).toEqual([
      '192.0.2.1',
      '192.0.2.1',
      '::1',
      '192.0.2.1',
      undefined,
      undefined,
    ]);
  });
});
