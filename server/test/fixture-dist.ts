import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SECRET = 'database password: hunter2';

/** About 20 KB of guide page, the size of a real one, to check compression on. */
export const busPassPage = `<!doctype html><html lang="zh-Hans"><title>残疾人乘车证</title><h1>残疾人乘车证</h1>${Array.from(
  { length: 400 },
  (_, i) => `<li>第${i + 1}步：携带残疾人证到服务大厅办理</li>`,
).join('')}`;

export const fixtureFiles: Record<string, string> = {
  'index.html': '<!doctype html><title>首页</title><h1>牡丹江市残疾人联合会</h1>',
  'guides/index.html': '<!doctype html><title>办事指南</title><h1>办事指南</h1>',
  'guides/bus-pass/index.html': busPassPage,
  'disclosure/残联/index.html': '<!doctype html><title>残联</title><h1>残联简介</h1>',
  '404/index.html': '<!doctype html><title>找不到页面</title><h1>找不到这个页面</h1>',
  'en/404/index.html': '<!doctype html><html lang="en"><title>Page not found</title><h1>Page not found</h1>',
  'requests/index.html': '<!doctype html><title>我的申请</title><h1>我的申请</h1>',
  'zh-Hant/requests/index.html': '<!doctype html><html lang="zh-Hant"><title>我的申請</title><h1>我的申請</h1>',
  'assets/app-abc123.js': 'console.log("app")',
  'assets/style-abc123.css': 'body { margin: 0 }',
  // What the server's pages take from the build (server/pages/assets.ts).
  '.vite/manifest.json': JSON.stringify({
    'src/main.tsx': { file: 'assets/app-abc123.js', src: 'src/main.tsx', isEntry: true },
    'style.css': { file: 'assets/style-abc123.css', src: 'style.css' },
  }),
  'assets/empty/.keep': '',
  'qr/index.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
  'icons/icon-192.png': '\x89PNG\r\n',
  'manifest.webmanifest': '{"name":"无障碍信息公开"}',
  'sitemap.xml': '<?xml version="1.0"?><urlset/>',
  'robots.txt': 'User-agent: *\n',
  'sw.js': 'self.addEventListener("fetch", () => {})',
};

/**
 * A small build in a temporary folder, with a secret file next to it (and a symbolic link pointing at the
 * secret from inside) that must never be served.
 */
const made: string[] = [];

/** Call from afterAll: the fixtures live in the system's temporary folder. */
export function removeFixtures(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

export function fixtureDist(options: { withNotFoundPage?: boolean } = {}): { dist: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'ad-dist-'));
  made.push(root);
  const dist = join(root, 'dist');
  for (const [path, body] of Object.entries(fixtureFiles)) {
    if (path === '404/index.html' && options.withNotFoundPage === false) continue;
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), body);
  }
  writeFileSync(join(root, 'secret.txt'), SECRET);
  symlinkSync(join(root, 'secret.txt'), join(dist, 'leak.txt'));
  return { dist, root };
}
