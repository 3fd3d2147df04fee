import { Hono } from 'hono';
import { createApi } from './api/index.ts';
import { securityHeaders } from './security.ts';
import { serveDist } from './static.ts';

/** The whole site on one origin: the API under /api/, the built app everywhere else. */
export function createApp(options: { distDir: string }) {
  const app = new Hono();
  const dist = serveDist(options.distDir);
  app.use(securityHeaders);
  app.route('/api', createApi());
  app.use(dist.files);
  app.notFound(dist.notFound);
  return app;
}
