import { Hono } from 'hono';
import { createApi } from './api';
import { securityHeaders } from './security';
import { serveDist } from './static';

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
