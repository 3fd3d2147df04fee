import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { bundleBootScript } from './boot-plugin.ts';

/** The globals the boot script touches, in a page where the phone asks for dark mode. */
function fakeWindow(stored: string | null) {
  const attributes = new Map<string, string>();
  const listeners: Record<string, (event: { key: string | null }) => void> = {};
  const storage = new Map(stored === null ? [] : [['prefs', stored]]);
  return {
    attributes,
    storage,
    fire: (key: string | null) => listeners.storage!({ key }),
    globals: {
      document: { documentElement: { getAttribute: (n: string) => attributes.get(n) ?? null, setAttribute: (n: string, v: string) => attributes.set(n, v) } },
      localStorage: { getItem: (key: string) => storage.get(key) ?? null },
      matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)', addEventListener() {} }),
      addEventListener: (type: string, listener: (event: { key: string | null }) => void) => { listeners[type] = listener; },
    },
  };
}

it('is one small classic script that puts the preferences on <html> at once', async () => {
  const code = await bundleBootScript();
  expect(code).not.toMatch(/\bimport\b|\bexport\b/);
  expect(code.length).toBeLessThan(2500);

  const page = fakeWindow('{"textSize":200,"elder":true}');
  runInNewContext(code, page.globals);
  expect(Object.fromEntries(page.attributes)).toEqual({
    'data-text-size': '200', 'data-contrast': 'dark', 'data-elder': 'on', 'data-pinyin': 'off',
    'data-reduced-motion': 'off', 'data-line-spacing': 'standard', 'data-read-aloud': 'off',
  });

  // Another tab stored a change: this one follows without a reload.
  page.storage.set('prefs', '{"contrast":"high"}');
  page.fire('prefs');
  expect(page.attributes.get('data-contrast')).toBe('high');
  expect(page.attributes.get('data-text-size')).toBe('100');
});

it('falls back to the defaults when storage cannot be read', async () => {
  const page = fakeWindow(null);
  page.globals.localStorage.getItem = () => { throw new Error('SecurityError'); };
  runInNewContext(await bundleBootScript(), page.globals);
  expect(page.attributes.get('data-contrast')).toBe('dark');
});
