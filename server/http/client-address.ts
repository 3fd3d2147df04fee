import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address the connection comes from. X-Forwarded-For is not read: anyone can write it, and the server is meant
 * to face the network itself. Behind a reverse proxy every client shares the proxy's address, and its allowance.
 */
export function connectionAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket, as in app.request() from tests.
    return 'unknown';
  }
}
