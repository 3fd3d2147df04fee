import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, expect, it } from 'vitest';

/** The rules `npm run lint:architecture` applies, tried on small trees made to break each one. */
const { forbidden } = createRequire(import.meta.url)('../../.dependency-cruiser.cjs');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes a tree of one-line modules (`path → imported paths`) and returns the names of the rules it breaks. */
async function broken(tree: Record<string, string[]>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'architecture-'));
  made.push(root);
  for (const [file, imports] of Object.entries(tree)) {
    mkdirSync(join(root, dirname(file)), { recursive: true });
    const lines = imports.map((target, i) => `import * as m${i} from '${relativeTo(file, target)}';`);
    writeFileSync(join(root, file), `${lines.join('\n')}\nexport const x = 1;\n`);
  }
  const { output } = await cruise(Object.keys(tree), { baseDir: root, validate: true, ruleSet: { forbidden } });
  return [...new Set((output as ICruiseResult).summary.violations.map((violation) => violation.rule.name))].sort();
}

function relativeTo(from: string, to: string): string {
  const up = from.split('/').length - 1;
  return `${'../'.repeat(up) || './'}${to}`;
}

const entries = { 'src/main.js': ['src/app/app.js'], 'src/sw.js': [], 'src/prefs/boot.js': [] };

it('accepts a tree that keeps the rules', async () => {
  expect(await broken({ ...entries, 'src/app/app.js': ['src/components/field.js'], 'src/components/field.js': [], 'server/app.js': ['src/components/field.js'] })).toEqual([]);
});

it('refuses two folders that import each other, however long the loop', async () => {
  expect(await broken({
    ...entries,
    'src/app/app.js': ['src/pages/home.js'],
    'src/pages/home.js': ['src/components/page.js'],
    'src/components/page.js': ['src/app/announce.js'],
    'src/app/announce.js': [],
  })).toEqual(['no-folder-cycles']);
});

it('refuses browser code that imports the server or the build', async () => {
  expect(await broken({ ...entries, 'src/app/app.js': ['server/db/secret.js'], 'server/db/secret.js': [] })).toContain('browser-code-stays-in-the-browser');
  expect(await broken({ ...entries, 'src/app/app.js': ['build/plugin.js'], 'build/plugin.js': [] })).toContain('browser-code-stays-in-the-browser');
});

it('refuses a module under src/ that only the server uses', async () => {
  expect(await broken({ ...entries, 'src/app/app.js': [], 'src/reports/text.js': [], 'server/reports.js': ['src/reports/text.js'] })).toEqual(['no-server-only-module-in-src']);
});
