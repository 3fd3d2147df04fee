/**
 * The running server's backup door, for the embedded database: a server holds its data folder's lock, so
 * `npm run backup` cannot open the folder and asks the server instead, over a Unix socket in that folder
 * (`<DATA_DIR>/backup.sock`, mode 0600). Whoever may open the socket may already read the folder's files: it lets no
 * one new in, and it is not on the network.
 */
import { chmodSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import type { Logger } from '../logging/logger.ts';
import { writeBackup } from './backup.ts';
import type { Database } from './database.ts';

/** Where the server of `dataDir` answers backup requests. */
export const backupSocketPath = (dataDir: string) => join(dataDir, 'backup.sock');

/**
 * Answers `GET /backup` on the socket with a backup (backup.ts's format); returns the function that closes it.
 * Only the folder's lock holder calls this, so a socket file already there is a dead server's and is replaced.
 */
export async function serveBackups(db: Database, socketPath: string, logger?: Logger): Promise<() => Promise<void>> {
  rmSync(socketPath, { force: true });
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/backup') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    const write = (line: string) => (res.write(line) ? undefined : new Promise<void>((resolve) => res.once('drain', resolve)));
    writeBackup(db, write).then(
      (rows) => {
        logger?.info({ rows }, 'backup written');
        res.end();
      },
      (error: unknown) => {
        logger?.error({ err: error }, 'backup failed');
        // No end line: the command sees a cut-short backup and says so.
        res.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

/** Asks the server on `socketPath` for a backup; gives its lines' text chunk by chunk to `write`. */
export function fetchBackup(socketPath: string, write: (chunk: Buffer) => Promise<void> | void): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: '/backup', method: 'GET' }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`the server answered ${res.statusCode}`));
        return;
      }
      res.on('data', (chunk: Buffer) => {
        const waiting = write(chunk);
        if (waiting) {
          res.pause();
          void waiting.then(() => res.resume(), reject);
        }
      });
      res.on('end', () => resolve());
      res.on('error', reject);
      res.on('aborted', () => reject(new Error('the server stopped sending')));
    });
    req.on('error', reject);
    req.end();
  });
}
