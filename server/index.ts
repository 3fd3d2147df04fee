/**
 * `npm run serve`: serves the existing build, the API and its database on one port.
 * Run as `node --import tsx server/index.ts`; settings come from the environment (server/config/config.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { site } from '../src/config/site.ts';
import { configFrom, hostForUrl, type ServerConfig } from './config/config.ts';
import type { Database } from './db/database.ts';
import { openDatabase } from './db/open.ts';
import { backupSocketPath, serveBackups } from './db/backup-socket.ts';
import { createLogger, logLevelFrom, type Logger } from './logging/logger.ts';
import { startMail } from './mail/start.ts';
import { myRequestsHref } from '../src/addresses/addresses.ts';

/** Long enough for a slow phone to finish downloading a page; short enough for a process manager. */
const SHUTDOWN_GRACE_MS = 5000;

/**
 * A start-up failure a person must read and act on: plain words on standard error, not a JSON line. The message
 * names settings and folders, never a request's data.
 */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function loadLogger(): Logger {
  try {
    return createLogger({ level: logLevelFrom(process.env) });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const logger = loadLogger();

function loadConfig(): ServerConfig {
  try {
    // The project folder, not the working directory: `node server/index.ts` from anywhere finds the same build.
    return configFrom(process.env, fileURLToPath(new URL('..', import.meta.url)));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const config = loadConfig();
if (!existsSync(join(config.distDir, 'index.html'))) {
  fail(`No build in ${config.distDir}: run "npm run build" first (or "npm start", which builds and serves).`);
}

async function loadDatabase(): Promise<Database> {
  try {
    return await openDatabase(config, logger);
  } catch (error) {
    const where = config.databaseUrl ? 'the PostgreSQL server in DATABASE_URL' : `the database in ${config.dataDir}`;
    // Not the address itself: it may hold a password.
    return fail(`Cannot open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const db = await loadDatabase();
// `npm run backup` cannot open a folder this server holds: it asks through this socket (server/db/backup-socket.ts).
const closeBackups = config.databaseUrl
  ? async () => {}
  : await serveBackups(db, backupSocketPath(config.dataDir), logger).catch((error: unknown) => {
      logger.warn({ err: error }, 'no backup socket: "npm run backup" works only with the server stopped');
      return async () => {};
    });
// E-mail (SMTP_URL, MAIL_FROM): the outbox's worker runs in this process, on every instance (server/mail/worker.ts).
const mail = startMail(process.env, { db, logger, myRequestsUrl: `${config.baseUrl}${myRequestsHref()}` }, fail);
const app = createApp({
  distDir: config.distDir,
  db,
  baseUrl: config.baseUrl,
  requestsPerMinute: config.requestsPerMinute,
  trustProxy: config.trustProxy,
  logger,
  letterFacts: { ...site.letters, ...config.letterBodies },
  mail: mail?.queueing,
});
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const url = `http://${hostForUrl(config.host)}:${info.port}`;
  logger.info({ url }, `Accessible Disclosure on ${url}`);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${config.port} on ${config.host} is already in use: stop the other server or choose another PORT.`
      : `Cannot serve on ${config.host}:${config.port}: ${error.message}`,
  );
});

/** Every commit is already on disk; closing lets the embedded database shut down cleanly and frees its folder. */
async function closeDatabaseAndExit(): Promise<never> {
  try {
    await mail?.worker.stop();
    await closeBackups();
    await db.close();
  } catch (error) {
    logger.error({ err: error }, 'closing the database failed');
  }
  process.exit(0);
}

let stopping = false;
function stop(): void {
  // A second Ctrl-C means "now".
  if (stopping) process.exit(1);
  stopping = true;
  server.close(() => void closeDatabaseAndExit());
  // close() waits for open requests; do not let one stuck download keep the process alive.
  setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    void closeDatabaseAndExit();
  }, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
