import { Hono } from 'hono';
import { methodNotAllowed } from '../http/problem.ts';

/** For monitors and the end-to-end tests: the server is up and answering. */
export const health = new Hono()
  .get('/', (c) => c.json({ status: 'ok' }))
  .all('/', (c) => methodNotAllowed(c, ['GET', 'HEAD']));
