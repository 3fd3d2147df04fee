import { isAbsolute, resolve } from 'node:path';

/** The server's settings, from the environment (DESIGN.md, "Contracts"; README, "Configuration"). */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute address of the site without a trailing slash, as printed in QR codes and the sitemap. */
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly distDir: string;
  /** Disclosure requests one client address may send per minute (REQUESTS_PER_MINUTE). */
  readonly requestsPerMinute: number;
  /**
   * Reverse proxies in front of the server that the client address may be taken from (TRUST_PROXY, default 0): the
   * address that many hops from the right of X-Forwarded-For / Forwarded (server/http/client-address.ts).
   */
  readonly trustProxy: number;
  /**
   * The bodies a refusal's letter names, when set in the environment (LETTER_REVIEW_BODY, LETTER_COURT): they
   * override src/config/site.ts's `letters`, so a test or staging server can issue letters without editing the site
   * config. Unset: the site config's, empty until the federation fills them in.
   */
  readonly letterBodies: { reviewBody?: string; court?: string };
}

/** IPv6 literals need brackets inside an address. */
export function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8080;
  // Number() would also take "8e3", "0x50" and " 80 ": a typo must not silently pick another port.
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseRequestsPerMinute(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 10;
  const limit = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= 1)) throw new Error(`REQUESTS_PER_MINUTE must be a whole number of at least 1, got "${value}"`);
  return limit;
}

/** At most this many proxies: a longer chain is a typo, not a network. */
export const MAX_TRUST_PROXY = 10;

function parseTrustProxy(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const hops = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!(hops >= 0 && hops <= MAX_TRUST_PROXY)) {
    throw new Error(
      `TRUST_PROXY must be the number of reverse proxies in front of the server, a whole number from 0 (none) to ${MAX_TRUST_PROXY}, got "${value}"`,
    );
  }
  return hops;
}

function parseBaseUrl(value: string | undefined, host: string, port: number): string {
  const raw = value?.trim() || `http://${hostForUrl(host)}:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`BASE_URL must be an absolute http(s) address such as https://example.org, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`BASE_URL must be an absolute http(s) address such as https://example.org, got "${raw}"`);
  }
  // Same normalisation as the build (build/site-url.ts), so QR codes and the server agree.
  return url.href.replace(/\/+$/, '');
}

function parseDatabaseUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    // The value may hold a password: do not echo it.
    throw new Error('DATABASE_URL must be a PostgreSQL address such as postgres://user:password@host:5432/database');
  }
  return value;
}

/**
 * Reads the settings once, at start-up, and fails with a message a person can act on.
 * Relative folders are taken from `projectDir`, so the server behaves the same from any working directory.
 */
export function configFrom(env: Record<string, string | undefined>, projectDir: string = process.cwd()): ServerConfig {
  const port = parsePort(env.PORT);
  const host = env.HOST?.trim() || '127.0.0.1';
  const folder = (value: string | undefined, fallback: string) => {
    const path = value?.trim() || fallback;
    return isAbsolute(path) ? path : resolve(projectDir, path);
  };
  return Object.freeze({
    port,
    host,
    baseUrl: parseBaseUrl(env.BASE_URL, host, port),
    dataDir: folder(env.DATA_DIR, 'data'),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    distDir: folder(env.DIST_DIR, 'dist'),
    requestsPerMinute: parseRequestsPerMinute(env.REQUESTS_PER_MINUTE),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    letterBodies: {
      ...(env.LETTER_REVIEW_BODY?.trim() && { reviewBody: env.LETTER_REVIEW_BODY.trim() }),
      ...(env.LETTER_COURT?.trim() && { court: env.LETTER_COURT.trim() }),
    },
  });
}
