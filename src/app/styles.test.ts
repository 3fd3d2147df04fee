import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/** Every stylesheet of the app: the base and each component's own. */
const srcDir = fileURLToPath(new URL('..', import.meta.url));
const sheets = (readdirSync(srcDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.css')).map((file) => ({
  file,
  css: readFileSync(join(srcDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
}));

it('defines every custom property it uses, and none in terms of itself', () => {
  // A property that refers to itself, or to one never set, is invalid at computed time: the colour silently falls
  // back (error messages lost their red that way while looking styled in the source).
  const defined = new Set<string>();
  const selfReferences: string[] = [];
  for (const { file, css } of sheets) {
    for (const [, name, value] of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]*)/g)) {
      defined.add(name!);
      if (new RegExp(`var\\(\\s*${name}\\s*[,)]`).test(value!)) selfReferences.push(`${file}: ${name}`);
    }
  }
  const undefinedUses = sheets.flatMap(({ file, css }) =>
    [...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map(([, name]) => name!).filter((name) => !defined.has(name)).map((name) => `${file}: ${name}`),
  );
  expect(selfReferences).toEqual([]);
  expect(undefinedUses).toEqual([]);
});
