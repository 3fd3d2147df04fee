import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims a data folder for this process; returns the function that gives it back. The embedded database takes no
 * lock of its own, and two servers writing one folder would corrupt it. A lock left by a process that has died
 * (killed, power cut) is taken over.
 */
export function lockFolder(dir: string): () => void {
  const file = join(dir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(file, 'utf8').trim());
      } catch {
        // Removed in the meantime: try again.
      }
      if (isRunning(holder)) {
        throw new Error(`The database in ${dir} is in use by process ${holder}: stop that server first, or set another DATA_DIR.`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Cannot lock the database folder ${dir}: another server is starting there at the same time.`);
}
