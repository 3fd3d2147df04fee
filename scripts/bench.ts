/**
 * `npm run bench`: what each kind of page costs a person on a metered connection. Loads one page of each
 * type in Chromium from the production build, gzips every HTML, CSS and JavaScript file it fetched, and
 * compares the totals with the budgets in DESIGN.md. Exits non-zero when a page is over budget.
 */
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { launchBrowser } from '../e2e/browser.ts';

const KB = 1024;
const budgets = { htmlAndCss: 14 * KB, javascript: 20 * KB };

const pageTypes: [type: string, path: string][] = [
  ['home', '/'],
  ['guide list', '/guides/'],
  ['guide', '/guides/certificate-new/'],
  ['disclosure catalogue', '/disclosure/'],
  ['disclosure item', '/disclosure/suggestion-87-reply/'],
  ['annual report', '/reports/2017/'],
  ['content page', '/accessibility/'],
  ['not found', '/no-such-page/'],
];

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

const server = serve({ fetch: createApp({ distDir: new URL('../dist', import.meta.url).pathname }).fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();

const rows: { type: string; path: string; htmlAndCss: number; javascript: number; files: number }[] = [];
for (const [type, path] of pageTypes) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const bodies: Promise<{ kind: string; size: number }>[] = [];
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    if (!['document', 'stylesheet', 'script'].includes(kind)) return;
    bodies.push(response.body().then((body) => ({ kind, size: gzipped(body) }), () => ({ kind, size: 0 })));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const files = await Promise.all(bodies);
  const sum = (kinds: string[]) => files.filter((f) => kinds.includes(f.kind)).reduce((total, f) => total + f.size, 0);
  rows.push({ type, path, htmlAndCss: sum(['document', 'stylesheet']), javascript: sum(['script']), files: files.length });
  await context.close();
}

await browser.close();
server.close();

const over = rows.filter((row) => row.htmlAndCss > budgets.htmlAndCss || row.javascript > budgets.javascript);
console.log(`\nPage weight, gzip (budgets: HTML+CSS ≤ ${kb(budgets.htmlAndCss)}, JS ≤ ${kb(budgets.javascript)})\n`);
console.log('| page type | address | HTML + CSS | JavaScript | files |');
console.log('|---|---|---:|---:|---:|');
for (const row of rows) {
  const mark = (value: number, budget: number) => `${kb(value)}${value > budget ? ' OVER' : ''}`;
  console.log(`| ${row.type} | ${row.path} | ${mark(row.htmlAndCss, budgets.htmlAndCss)} | ${mark(row.javascript, budgets.javascript)} | ${row.files} |`);
}
if (over.length) {
  console.error(`\n${over.length} page type(s) over budget: ${over.map((row) => row.type).join(', ')}`);
  process.exit(1);
}
console.log('\nAll page types within budget.');
