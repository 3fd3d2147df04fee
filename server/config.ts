import { resolve } from 'node:path';
import { siteUrlFrom } from '../src/content/site-url.ts';

/** The server's settings, from the environment (see README, "Configuration"). */
export interface ServerConfig {
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
}

export function configFrom(env: Record<string, string | undefined>): Readonly<ServerConfig> {
  const port = Number(env.PORT || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  return Object.freeze({
    port,
    host: env.HOST || '127.0.0.1',
    baseUrl: siteUrlFrom(env),
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
  });
}
