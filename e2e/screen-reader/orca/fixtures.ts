import { mkdirSync, writeFileSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { normalise } from './reader.ts';
import { type Session, SR_STAFF, startSession } from './session.ts';

/** Where each scenario's transcript is written, one file a scenario (README, "Screen reader"). */
export const TRANSCRIPTS = new URL('../../../test-results/screen-reader/', import.meta.url);

/**
 * `sr`: one desktop, server and Chromium for the whole (serial) run, since Orca allows one instance per user; each
 * scenario starts from a fresh transcript and writes it out, passed or failed.
 */
export const test = base.extend<{ sr: Session }, { session: Session }>({
  session: [
    async ({}, use) => {
      const session = await startSession();
      try {
        await use(session);
      } finally {
        await session.stop();
      }
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  sr: async ({ session }, use, testInfo) => {
    session.reader.steps.length = 0;
    await session.page.context().setOffline(false);
    try {
      await use(session);
    } finally {
      mkdirSync(TRANSCRIPTS, { recursive: true });
      const file = testInfo.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
      writeFileSync(new URL(`${file}.txt`, TRANSCRIPTS), session.reader.transcript(testInfo.title));
    }
  },
});

export { expect } from '@playwright/test';

/**
 * Opens `path` as following a link from outside the app would (a QR code), the keyboard in the page; waits until the
 * app has hydrated and Orca has said the page finished loading. Typing the address into Chromium's address bar
 * instead lost keys now and then while Orca was busy.
 */
export async function open(sr: Session, path: string) {
  const url = new URL(path, sr.baseURL).href;
  await sr.reader.step(`Open ${path}`, async () => {
    await sr.page.goto(url);
    // The app's pages once hydrated; the staff console's, which have no script, once loaded.
    await sr.page.waitForFunction(() => {
      const app = document.getElementById('app') as (HTMLElement & Record<string, unknown>) | null;
      return document.readyState === 'complete' && (!app || Object.keys(app).some((key) => key.startsWith('__')));
    });
    await sr.page.waitForLoadState('networkidle');
    // Orca has the page once it says so; keys pressed before would still go to the address bar.
  }, { until: ['Finished loading'], quietMs: 2_000 });
}

/**
 * Presses `key` (Tab by default) until a step hears `phrase`, as someone listening for a field does; each press is a
 * step of the transcript. Fails after `limit` presses.
 */
export async function pressUntilHeard(sr: Session, phrase: string | RegExp, { key = 'Tab', limit = 40 } = {}): Promise<string> {
  for (let i = 0; i < limit; i++) {
    const heard = await sr.reader.step(`${key}: listening for ${phrase}`, () => sr.reader.press(key), { quietMs: 800 });
    if (typeof phrase === 'string' ? heard.includes(normalise(phrase)) : phrase.test(heard)) return heard;
  }
  throw new Error(`${limit} presses of ${key} never reached ${phrase}`);
}

/**
 * Fills the request form's three steps through Playwright, up to the check page: the setup of the scenarios about
 * sending, not what they listen to (the form itself is heard in form.sr.ts).
 */
export async function fillRequestForm(sr: Session, description: string) {
  const { page } = sr;
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名').fill('张明');
  await page.getByRole('radio', { name: '居民身份证' }).check();
  await page.getByLabel('证件号码').fill('11010519491231002X');
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('您想获取哪些政府信息？').fill(description);
  await page.getByRole('radio', { name: '到办公地点领取' }).check();
  await page.getByRole('radio', { name: '纸质' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('heading', { level: 1, name: '核对您的申请' }).waitFor();
  await sr.reader.settle();
}

/** Signs the test staff member in through the staff API; the session cookie. */
export async function staffSession(sr: Session): Promise<string> {
  const response = await fetch(new URL('/api/staff/session', sr.baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: sr.baseURL },
    body: JSON.stringify(SR_STAFF),
  });
  if (response.status !== 200) throw new Error(`Staff sign-in answered ${response.status}`);
  return /staff_session=[^;]+/.exec(response.headers.get('Set-Cookie') ?? '')![0];
}

/** Records a reply to `reference` through the staff API, as a staff member would in the console. */
export async function replyAsStaff(sr: Session, reference: string, replyText: string) {
  const response = await fetch(new URL(`/api/staff/requests/${reference}/reply`, sr.baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: sr.baseURL, Cookie: await staffSession(sr) },
    body: JSON.stringify({ outcome: 'disclosed', replyText }),
  });
  if (!response.ok) throw new Error(`The reply answered ${response.status}: ${await response.text()}`);
}

/** Files a request through the citizens' API, as the app's outbox does; its reference. */
export async function fileRequest(sr: Session, description: string): Promise<string> {
  const response = await fetch(new URL('/api/requests', sr.baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      applicantType: 'person', name: '王芳', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13912345678',
      description, delivery: 'collect', format: 'paper', locale: 'zh-Hans',
    }),
  });
  if (response.status !== 201) throw new Error(`Filing answered ${response.status}`);
  return ((await response.json()) as { reference: string }).reference;
}

/**
 * Back to browse mode with Orca+A, as a person does after typing in a field. Orca says "Focus mode" when the key
 * toggled the other way (pressed again then), and now and then switches to browse mode without a word: silence counts
 * as browse mode, which the next step's keys prove (in focus mode they would type into the field, unheard).
 */
export async function browseMode(sr: Session) {
  for (let i = 0; i < 3; i++) {
    const heard = await sr.reader.step('Orca+A: browse mode', () => sr.reader.press('Insert+a'), { silent: true, until: [], quietMs: 2_000 });
    if (!heard.includes('Focus mode')) return;
  }
  throw new Error('Orca stayed in focus mode');
}
