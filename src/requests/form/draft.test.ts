import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../outbox/drafts.ts';
import { resetOutbox } from '../outbox/test-support.ts';
import { type DraftRef, keepDraft } from './draft.ts';

beforeEach(resetOutbox);

/** Every unhandled rejection while the test runs: each would be an error in the page's console. */
function unhandledRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  return { seen, stop: () => process.off('unhandledRejection', listener) };
}

/** Lets every pending promise settle, and Node report the rejections no one handled. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('keepDraft', () => {
  let watch: ReturnType<typeof unhandledRejections>;
  beforeEach(() => {
    watch = unhandledRejections();
  });
  afterEach(() => watch.stop());

  it('keeps every keystroke in the phone’s draft', async () => {
    const ref: DraftRef = { current: undefined };
    expect(await keepDraft(ref, { name: '张' }, 'applicant')).toBe(true);
    expect(await keepDraft(ref, { name: '张三' }, 'applicant')).toBe(true);
    expect(await getDraft(await ref.current!)).toMatchObject({ input: { name: '张三' }, step: 'applicant' });
  });

  it('without IndexedDB at all, says the draft is not kept and leaves no unhandled rejection', async () => {
    // @ts-expect-error: some browsers' private modes have no indexedDB
    delete globalThis.indexedDB;
    const ref: DraftRef = { current: undefined };
    const kept = [];
    for (const name of ['张', '张三', '张三丰']) kept.push(await keepDraft(ref, { name }, 'applicant'));
    await settle();
    expect(kept).toEqual([false, false, false]);
    expect(watch.seen).toEqual([]);
  });

  it('when opening the database throws (Firefox private mode), says so and leaves no unhandled rejection', async () => {
    globalThis.indexedDB.open = () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
    const ref: DraftRef = { current: undefined };
    const kept = await Promise.all(['张', '张三'].map((name) => keepDraft(ref, { name }, 'applicant')));
    await settle();
    expect(kept).toEqual([false, false]);
    expect(watch.seen).toEqual([]);
  });
});
