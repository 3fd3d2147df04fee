import { describe, expect, it } from 'vitest';
import { applyPrefs, defaultPrefs, MEDIA, parsePrefs, prefsAttributes, prefsFromAttributes, withChoice, type Matches } from './prefs.ts';

/** A phone whose settings ask for these media features. */
const phone = (...queries: string[]): Matches => (query) => queries.includes(query);
const plain = phone();

/** Enough of an element for the functions that read and write `<html>`'s attributes. */
function fakeElement() {
  const attributes = new Map<string, string>();
  const writes: string[] = [];
  return {
    attributes,
    writes,
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => { writes.push(name); attributes.set(name, value); },
  };
}

describe('parsePrefs', () => {
  it('gives the standard look when nothing is stored', () => {
    expect(parsePrefs(null, plain)).toEqual({
      textSize: 100, contrast: 'standard', elder: false, pinyin: false, reducedMotion: false, lineSpacing: 'standard', readAloud: false,
    });
  });

  it('takes the phone settings as defaults, more contrast before dark', () => {
    expect(parsePrefs(null, phone(MEDIA.dark)).contrast).toBe('dark');
    expect(parsePrefs(null, phone(MEDIA.moreContrast, MEDIA.dark)).contrast).toBe('high');
    expect(parsePrefs(null, phone(MEDIA.reducedMotion)).reducedMotion).toBe(true);
  });

  it('lets a stored choice win over the phone settings', () => {
    const media = phone(MEDIA.moreContrast, MEDIA.dark, MEDIA.reducedMotion);
    expect(parsePrefs('{"contrast":"standard","reducedMotion":false}', media)).toMatchObject({ contrast: 'standard', reducedMotion: false });
  });

  it('reads every stored key', () => {
    const stored = { textSize: 175, contrast: 'dark', elder: true, pinyin: true, reducedMotion: true, lineSpacing: 'wider', readAloud: true };
    expect(parsePrefs(JSON.stringify(stored), plain)).toEqual(stored);
  });

  it('gives the default for each missing or invalid key, keeping the valid ones', () => {
    const stored = '{"textSize":160,"contrast":"neon","elder":"yes","pinyin":true,"lineSpacing":2,"extra":1}';
    expect(parsePrefs(stored, plain)).toEqual({ ...defaultPrefs(plain), pinyin: true });
  });

  it('survives broken or foreign values', () => {
    for (const stored of ['{', 'null', '[1]', '"high"', '42', '']) expect(parsePrefs(stored, plain)).toEqual(defaultPrefs(plain));
  });
});

describe('withChoice', () => {
  it('stores what the person chose and keeps earlier choices, dropping invalid ones', () => {
    const first = withChoice(null, 'textSize', 150);
    expect(JSON.parse(first)).toEqual({ textSize: 150 });
    expect(JSON.parse(withChoice(`${first.slice(0, -1)},"contrast":"neon"}`, 'elder', true))).toEqual({ textSize: 150, elder: true });
  });

  it('leaves untouched keys to follow the phone', () => {
    const stored = withChoice(null, 'textSize', 200);
    expect(parsePrefs(stored, phone(MEDIA.dark)).contrast).toBe('dark');
  });
});

describe('attributes on <html>', () => {
  it('shows every preference, booleans as on and off', () => {
    expect(prefsAttributes({ ...defaultPrefs(plain), textSize: 150, contrast: 'high', elder: true, lineSpacing: 'wide' })).toEqual({
      'data-text-size': '150', 'data-contrast': 'high', 'data-elder': 'on', 'data-pinyin': 'off',
      'data-reduced-motion': 'off', 'data-line-spacing': 'wide', 'data-read-aloud': 'off',
    });
  });

  it('writes only the attributes that change, so observers see real changes only', () => {
    const html = fakeElement();
    applyPrefs(html, defaultPrefs(plain));
    expect(html.writes).toHaveLength(7);
    html.writes.length = 0;
    applyPrefs(html, { ...defaultPrefs(plain), pinyin: true });
    expect(html.writes).toEqual(['data-pinyin']);
    expect(html.attributes.get('data-pinyin')).toBe('on');
  });

  it('reads back what it wrote', () => {
    const html = fakeElement();
    const prefs = { ...defaultPrefs(plain), textSize: 125 as const, contrast: 'dark' as const, readAloud: true, lineSpacing: 'wider' as const };
    applyPrefs(html, prefs);
    expect(prefsFromAttributes(html, plain)).toEqual(prefs);
    expect(prefsFromAttributes(fakeElement(), phone(MEDIA.dark))).toEqual(defaultPrefs(phone(MEDIA.dark)));
  });
});
