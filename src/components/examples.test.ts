import { describe, expect, it } from 'vitest';
import { type Example, renderExample } from './test-examples.ts';

/** Every component's examples, wherever they are: a new `<Name>.examples.tsx` is picked up without listing it. */
const files = import.meta.glob<Record<string, Example>>('/src/**/*.examples.tsx', { eager: true });

describe.each(Object.entries(files))('%s', (_file, examples) => {
  it.each(Object.entries(examples))('renders %s, with no id twice', (_name, example) => {
    const { html } = renderExample(example);
    expect(html).not.toBe('');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
    expect(ids).toEqual([...new Set(ids)]);
  });
});

it('finds the examples', () => {
  expect(Object.keys(files).length).toBeGreaterThanOrEqual(10);
});
