import { describe, expect, it } from 'vitest';
import { rememberPage, resumeAddress, START_URL } from './resume.ts';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() { return values.size; },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (i) => [...values.keys()][i] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

const launch = { pathname: '/', search: START_URL.slice(1) };

describe('resumeAddress', () => {
  it('returns to the page last read when the app is opened from the home screen', () => {
    const storage = memoryStorage();
    rememberPage('/guides/bus-pass/', storage);
    expect(resumeAddress(launch, storage)).toBe('/guides/bus-pass/');
  });

  it('stays on the page when it was opened any other way', () => {
    const storage = memoryStorage();
    rememberPage('/guides/bus-pass/', storage);
    expect(resumeAddress({ pathname: '/', search: '' }, storage)).toBeUndefined();
  });

  it('stays at the start when nothing was read yet, or storage holds something that is not a path here', () => {
    const storage = memoryStorage();
    expect(resumeAddress(launch, storage)).toBeUndefined();
    rememberPage('//evil.example/', storage);
    expect(resumeAddress(launch, storage)).toBeUndefined();
  });

  it('opens at the start when storage cannot be read', () => {
    const storage = memoryStorage();
    storage.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(resumeAddress(launch, storage)).toBeUndefined();
  });
});
