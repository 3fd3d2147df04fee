import { isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** The address the connection comes from: the client's, or the nearest proxy's. */
export function connectionAddress(c: Context): string {
  try {
    return canonicalAddress(getConnInfo(c).remote.address ?? '') ?? 'unknown';
  } catch {
    // No socket, as in app.request() from tests.
    return 'unknown';
  }
}

/**
 * An IP address in one spelling, or undefined when `text` is none: quotes, brackets and a port are taken off
 * (`"[2001:DB8::1]:1234"` → `2001:db8::1`, `192.0.2.1:80` → `192.0.2.1`), IPv6 is lower-cased, and an IPv4 address
 * mapped into IPv6 (`::ffff:192.0.2.1`, as a dual-stack socket reports it) is given as IPv4. So one client counts once.
 */
export function canonicalAddress(text: string): string | undefined {
  let address = text.trim().replace(/^"(.*)"$/, '$1');
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address : undefined;
}

/** The `for=` of each element of a Forwarded header (RFC 7239), left to right, as written (maybe quoted). */
function forwardedFor(header: string): string[] {
  // Elements are separated by commas and pairs by semicolons, neither counting inside a quoted string.
  const elements = header.match(/(?:[^,"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
  return elements.map((element) => {
    const pairs = element.match(/(?:[^;"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
    const found = pairs.map((pair) => pair.trim()).find((pair) => /^for=/i.test(pair));
    return found ? found.slice(4) : '';
  });
}

/**
 * Who is asking, for the rate limit and the sign-in slow-down, given how many reverse proxies stand in front of the
 * server (TRUST_PROXY, README "Configuration").
 *
 * With none (0), the socket's address: X-Forwarded-For and Forwarded are not read, since anyone can write them.
 * With `hops` proxies, each appends the address it received from to X-Forwarded-For (or Forwarded, read only when a
 * request has no X-Forwarded-For), so the client is the entry `hops` from the right: the rightmost for one proxy, the
 * one before it for two. Entries further left were written by the client and are never believed. A chain shorter than
 * `hops` gives its leftmost entry; a missing header, or an entry that is not an IP address (`unknown`, `_hidden`), the
 * socket's address, so such clients share the proxy's allowance rather than choosing their own.
 */
export function clientAddressFrom(hops: number, socketAddress: (c: Context) => string = connectionAddress): (c: Context) => string {
  if (!Number.isInteger(hops) || hops < 0) throw new RangeError(`The number of trusted proxies must be a whole number, not ${hops}`);
  if (hops === 0) return socketAddress;
  return (c) => {
    const forwardedForHeader = c.req.header('X-Forwarded-For');
    const forwarded = c.req.header('Forwarded');
    const chain =
      forwardedForHeader !== undefined ? forwardedForHeader.split(',') : forwarded !== undefined ? forwardedFor(forwarded) : [];
    if (chain.length === 0) return socketAddress(c);
    const entry = chain[Math.max(0, chain.length - hops)]!;
    return canonicalAddress(entry) ?? socketAddress(c);
  };
}
