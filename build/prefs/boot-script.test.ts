import { runInNewContext } from 'node:vm';
import { beforeAll, expect, it } from 'vitest';
import { bundleBootScript } from './boot-script.ts';
import { attributeName, MEDIA, parsePrefs, prefsAttributes } from '../../src/prefs/prefs.ts';

let code: string;
beforeAll(async () => {
  code = await bundleBootScript();
});

/** The globals the boot script touches. `dataset` is a plain object: its keys become `data-` attributes in a browser. */
function fakeWindow(stored: string | undefined, queries: string[] = []) {
  const dataset: Record<string, string> = {};
  const listeners: Record<string, () => void> = {};
  const localStorage: Record<string, string> = {};
  if (stored !== undefined) localStorage.prefs = stored;
  const globals = {
    document: { documentElement: { dataset } },
    localStorage,
    matchMedia: (query: string) => ({ matches: queries.includes(query) }),
    addEventListener: (type: string, listener: () => void) => { listeners[type] = listener; },
  };
  runInNewContext(code, globals);
  const attributes = () => Object.fromEntries(Object.entries(dataset).map(([key, value]) => [attributeName(key), value]));
  return { attributes, localStorage, globals, storageEvent: () => listeners.storage!() };
}

it('is one small classic script: no module syntax, nothing else to fetch', () => {
  expect(code).not.toMatch(/\bimport\b|\bexport\b/);
  expect(code.length).toBeLessThan(1000);
});

it('shows on <html> exactly what parsePrefs and prefsAttributes give, for every kind of stored value and phone', () => {
  const storedValues = [
    undefined, '', '{', 'null', '[1]', '"high"',
    '{"textSize":200,"elder":true}',
    '{"textSize":160,"contrast":"neon","elder":"yes","pinyin":true,"lineSpacing":2,"extra":1}',
    '{"contrast":"standard","reducedMotion":false}',
    '{"textSize":125,"contrast":"dark","elder":false,"pinyin":true,"reducedMotion":true,"lineSpacing":"wider","readAloud":true}',
  ];
  const phones = [[], [MEDIA.dark], [MEDIA.moreContrast, MEDIA.dark], [MEDIA.reducedMotion]];
  for (const stored of storedValues) {
    for (const queries of phones) {
      const expected = prefsAttributes(parsePrefs(stored, (query) => queries.includes(query)));
      expect(fakeWindow(stored, queries).attributes(), `${stored} on a phone asking for ${queries.join(', ')}`).toEqual(expected);
    }
  }
});

it('follows a change stored by another tab', () => {
  const page = fakeWindow('{"textSize":200}');
  page.localStorage.prefs = '{"contrast":"high"}';
  page.storageEvent();
  expect(page.attributes()).toMatchObject({ 'data-text-size': '100', 'data-contrast': 'high' });
});

it('falls back to the defaults when storage cannot be read', () => {
  const dataset: Record<string, string> = {};
  const localStorage = {};
  Object.defineProperty(localStorage, 'prefs', { get: () => { throw new Error('SecurityError'); } });
  runInNewContext(code, {
    document: { documentElement: { dataset } },
    localStorage,
    matchMedia: (query: string) => ({ matches: query === MEDIA.dark }),
    addEventListener: () => {},
  });
  expect(dataset).toMatchObject({ textSize: '100', contrast: 'dark' });
});
