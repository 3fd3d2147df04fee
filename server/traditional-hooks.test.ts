import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ad-hooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the server converts the app’s text to traditional Chinese with the same phrase corrections as the build', async () => {
  // An ES module, as the project's are (package.json "type": "module").
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  const module = join(dir, 'text.ts');
  writeFileSync(module, "export const text: string = '补贴被发放到账户，不准入内';\n");
  const script = `import(${JSON.stringify(`${pathToFileURL(module).href}?zh-Hant`)}).then((m) => process.stdout.write(m.text))`;
  // As `npm run serve` runs: the hooks first, then tsx.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', './server/traditional-hooks.js', '--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: projectDir },
  );
  expect(stdout).toBe('補貼被發放到賬戶，不准入內');
}, 30_000);
