import { describe, expect, it } from 'vitest';
import { configFrom, hostForUrl } from './config.ts';

const project = '/srv/accessible-disclosure';

describe('configFrom', () => {
  it('defaults to 127.0.0.1:8080, the embedded database in ./data and the build in ./dist', () => {
    expect(configFrom({}, project)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      baseUrl: 'http://127.0.0.1:8080',
      dataDir: '/srv/accessible-disclosure/data',
      databaseUrl: undefined,
      distDir: '/srv/accessible-disclosure/dist',
      requestsPerMinute: 10,
      trustProxy: 0,
      // The site config's bodies apply: nothing overrides them.
      letterBodies: {},
    });
  });

  it('takes every setting from the environment', () => {
    const config = configFrom(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        BASE_URL: 'https://a.example/',
        DATA_DIR: '/var/lib/ad',
        DATABASE_URL: 'postgres://db/ad',
        DIST_DIR: 'build/out',
        REQUESTS_PER_MINUTE: '600',
        TRUST_PROXY: '2',
        LETTER_REVIEW_BODY: ' 某市人民政府 ',
        LETTER_COURT: '某市中级人民法院',
      },
      project,
    );
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      baseUrl: 'https://a.example',
      dataDir: '/var/lib/ad',
      databaseUrl: 'postgres://db/ad',
      distDir: '/srv/accessible-disclosure/build/out',
      requestsPerMinute: 600,
      trustProxy: 2,
      letterBodies: { reviewBody: '某市人民政府', court: '某市中级人民法院' },
    });
  });

  it('builds the default BASE_URL from HOST and PORT', () => {
    expect(configFrom({ HOST: 'hall.local', PORT: '3000' }, project).baseUrl).toBe('http://hall.local:3000');
    expect(configFrom({ HOST: '::1', PORT: '3000' }, project).baseUrl).toBe('http://[::1]:3000');
  });

  it('treats empty variables as unset', () => {
    expect(configFrom({ PORT: '', HOST: '', BASE_URL: '', DATABASE_URL: '' }, project)).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      baseUrl: 'http://127.0.0.1:8080',
      databaseUrl: undefined,
    });
  });

  it('is frozen, so no module can change the settings behind the others', () => {
    const config = configFrom({}, project);
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it.each(['eighty', '70000', '-1', '8e3', '0x50', '80.5', ' 80'])('refuses PORT=%j, saying what it expects', (port) => {
    expect(() => configFrom({ PORT: port }, project)).toThrow(`PORT must be a whole number from 0 to 65535, got "${port}"`);
  });

  it.each(['one', '-1', '1.5', '11', ' 1', '0x1'])('refuses TRUST_PROXY=%j, saying what it expects', (hops) => {
    expect(() => configFrom({ TRUST_PROXY: hops }, project)).toThrow(
      `TRUST_PROXY must be the number of reverse proxies in front of the server, a whole number from 0 (none) to 10, got "${hops}"`,
    );
  });

  it.each(['0', 'ten', '-5', '1.5'])('refuses REQUESTS_PER_MINUTE=%j, saying what it expects', (limit) => {
    expect(() => configFrom({ REQUESTS_PER_MINUTE: limit }, project)).toThrow(
      `REQUESTS_PER_MINUTE must be a whole number of at least 1, got "${limit}"`,
    );
  });

  it('refuses a BASE_URL that is not an http(s) address', () => {
    expect(() => configFrom({ BASE_URL: 'example.org' }, project)).toThrow(/BASE_URL must be an absolute http\(s\) address/);
    expect(() => configFrom({ BASE_URL: 'ftp://example.org' }, project)).toThrow(/BASE_URL must be/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, without echoing it', () => {
    const attempt = () => configFrom({ DATABASE_URL: 'mysql://root:hunter2@db/ad' }, project);
    expect(attempt).toThrow(/DATABASE_URL must be a PostgreSQL address/);
    expect(attempt).not.toThrow(/hunter2/);
  });
});

describe('hostForUrl', () => {
  it('brackets IPv6 literals only', () => {
    expect(hostForUrl('::')).toBe('[::]');
    expect(hostForUrl('[::1]')).toBe('[::1]');
    expect(hostForUrl('127.0.0.1')).toBe('127.0.0.1');
  });
});
