import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { configFrom } from './config.ts';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(`${distDir}/index.html`)) {
  console.error(`No build in ${distDir}: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

const config = configFrom(process.env);
const server = serve({ fetch: createApp({ distDir }).fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`Accessible Disclosure on http://${config.host}:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
