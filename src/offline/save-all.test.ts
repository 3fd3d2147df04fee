import { describe, expect, it } from 'vitest';
import { saveAllSize } from './save-all.ts';

const answering = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('saveAllSize', () => {
  it('says what "save all" downloads for the phone’s language, from the build’s figures, in the person’s language', async () => {
    const sizes = { 'zh-Hans': 245_300, 'zh-Hant': 1_260_000, en: 400 };
    expect(await saveAllSize('zh-Hans', 'zh-Hans', answering(sizes))).toBe('245 kB');
    expect(await saveAllSize('zh-Hant', 'zh-Hant', answering(sizes))).toBe('1.3 MB');
    // Never "0 kB" for something that downloads.
    expect(await saveAllSize('en', 'en', answering(sizes))).toBe('1 kB');
  });

  it('says nothing rather than a wrong figure when the build’s figures cannot be read', async () => {
    expect(await saveAllSize('en', 'en', answering({}, 404))).toBeUndefined();
    expect(await saveAllSize('en', 'en', answering({ 'zh-Hans': 1 }))).toBeUndefined();
    expect(await saveAllSize('en', 'en', (async () => { throw new TypeError('offline'); }) as unknown as typeof fetch)).toBeUndefined();
  });
});
