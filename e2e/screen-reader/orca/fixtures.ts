import { mkdirSync, writeFileSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { normalise } from './reader.ts';
import { type Session, startSession } from './session.ts';

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
    { scope: 'worker', timeout: 180_000 },
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
 * Opens `path` as a person does: the address bar (Ctrl+L), the address typed, Return, which also leaves the keyboard
 * in the page; waits until the app has hydrated, and lets Orca finish.
 */
export async function open(sr: Session, path: string) {
  const url = new URL(path, sr.baseURL).href;
  sr.reader.press('ctrl+l');
  sr.reader.type(url);
  sr.reader.press('Return');
  await sr.page.waitForURL(url);
  await sr.page.waitForFunction(() => {
    const app = document.getElementById('app') as (HTMLElement & Record<string, unknown>) | null;
    return !!app && Object.keys(app).some((key) => key.startsWith('__'));
  });
  await sr.page.waitForLoadState('networkidle');
  await sr.reader.settle();
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
