import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { configFrom } from './config.ts';

it('defaults to serving 127.0.0.1:8080 with the embedded database in ./data', () => {
  expect(configFrom({})).toEqual({
    port: 8080, host: '127.0.0.1', baseUrl: 'http://127.0.0.1:8080', dataDir: resolve('data'), databaseUrl: undefined,
  });
});

it('takes PORT, HOST, BASE_URL, DATA_DIR and DATABASE_URL from the environment', () => {
  const config = configFrom({ PORT: '9000', HOST: '0.0.0.0', BASE_URL: 'https://a.example/', DATA_DIR: '/var/lib/ad', DATABASE_URL: 'postgres://db/ad' });
  expect(config).toEqual({ port: 9000, host: '0.0.0.0', baseUrl: 'https://a.example', dataDir: '/var/lib/ad', databaseUrl: 'postgres://db/ad' });
});

it('refuses a PORT that is not a port number, saying so', () => {
  expect(() => configFrom({ PORT: 'eighty' })).toThrow('PORT must be a whole number from 0 to 65535, got "eighty"');
  expect(() => configFrom({ PORT: '70000' })).toThrow(/PORT must be/);
});
