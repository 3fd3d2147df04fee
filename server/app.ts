import { Hono } from 'hono';
import { createApi } from './api/index.ts';
import { secureHeaders } from './security.ts';
import { serveDist } from './static.ts';

/** The whole site on one origin: the API under /api/, the built app everywhere else. */
export function createApp(options: { distDir: string }): Hono {
  const app = new Hono();
  const dist = serveDist(options.distDir);
  app.use(secureHeaders);
  app.route('/api', createApi());
  app.use(dist.files);
  app.notFound(dist.notFound);
  app.onError((error, c) => {
    console.error(error);
    return c.text('Internal Server Error', 500, { 'Cache-Control': 'no-store' });
  });
  return app;
}
