/**
 * The request path's numbers for `npm run bench`: how long the phone takes to queue one request (through the
 * real form, offline, in Chromium), and how long the outbox takes to deliver 500 queued requests to the local
 * server, with the count of records the server holds afterwards (it must be exactly 500).
 */
import 'fake-indexeddb/auto';
import type { Browser } from '@playwright/test';
import type { Database } from '../server/db/database.ts';
import { closeOutboxChannel } from '../src/requests/outbox/broadcast.ts';
import { closeOutboxDb } from '../src/requests/outbox/db.ts';
import { createDraft, queue, sendAll } from '../src/requests/outbox/index.ts';
import { person } from '../src/requests/rules/test-requests.ts';

export interface RequestNumbers {
  queueOneMs: number;
  deliverMs: number;
  delivered: number;
  records: number;
}

async function queueOneInTheBrowser(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${origin}/request/applicant/`, { waitUntil: 'networkidle' });
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名').fill('张明');
  await page.getByRole('radio', { name: '护照' }).check();
  await page.getByLabel('证件号码').fill('E12345678');
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('您想获取哪些政府信息？').fill('2017年部门预算说明。');
  await page.getByRole('radio', { name: '到办公地点领取' }).check();
  await page.getByRole('radio', { name: '纸质' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '提交申请' }).waitFor();
  await context.setOffline(true);
  const started = Date.now();
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByText('已保存，联网后自动发送').first().waitFor();
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}

/** In Node, over fake-indexeddb: the same outbox code the phone runs, against the real server and database. */
async function deliverMany(origin: string, db: Database, count: number) {
  // Only this run's requests: the one queued in the browser above may still reach the server while these are sent
  // (a bench run counted 501), and is no part of this count.
  const ours = "SELECT count(*) AS n FROM requests WHERE description LIKE '第 % 份申请：2017年预算说明。'";
  const before = Number((await db.query<{ n: string }>(ours))[0]!.n);
  for (let i = 0; i < count; i++) {
    const draft = await createDraft({ input: { ...person, description: `第 ${i + 1} 份申请：2017年预算说明。` } });
    await queue(draft.id);
  }
  const started = Date.now();
  let delivered = 0;
  // One pass sends everything due; a pass can stop early on a retryable answer, so go on until none is left.
  for (let pass = 0; pass < 20 && delivered < count; pass++) {
    const report = await sendAll({ fetch: (path, init) => fetch(origin + path, init), locks: null });
    delivered += report.sent;
  }
  const deliverMs = Date.now() - started;
  const records = Number((await db.query<{ n: string }>(ours))[0]!.n) - before;
  closeOutboxChannel();
  await closeOutboxDb();
  return { deliverMs, delivered, records };
}

export async function benchRequests(browser: Browser, origin: string, db: Database, count = 500): Promise<RequestNumbers> {
  const queueOneMs = await queueOneInTheBrowser(browser, origin);
  return { queueOneMs, ...(await deliverMany(origin, db, count)) };
}
