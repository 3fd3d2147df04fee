import { Hono } from 'hono';
import { health } from './health.ts';
import type { Logger } from '../logging/logger.ts';
import { problem } from '../http/problem.ts';
import { requestsApi, type RequestsApiOptions } from '../requests/api.ts';
import { replyFileRoutes } from '../files/download.ts';

/** Everything under /api/. Answers here may hold personal data: nothing is ever cached. */
export function createApi(options: { requests: RequestsApiOptions; staff?: Hono<any>; logger: Logger }): Hono {
  const api = new Hono();
  api.use(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  api.route('/health', health);
  api.route('/requests', requestsApi(options.requests));
  api.route('/requests', replyFileRoutes(options.requests.db));
  if (options.staff) api.route('/staff', options.staff);
  // A sub-app's notFound() is not consulted once it is mounted with route(): answer unknown API addresses here.
  api.all('*', (c) => problem(c, 404, 'Not Found'));
  api.onError((error, c) => {
    options.logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    return problem(c, 500, 'Internal Server Error');
  });
  return api;
}
