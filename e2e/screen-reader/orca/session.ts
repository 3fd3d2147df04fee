import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { type Desktop, startDesktop } from './desktop.ts';
import { poll } from './poll.ts';
import { startGroup, stopGroups } from './processes.ts';
import { ScreenReader } from './reader.ts';

/** The staff account the scenarios sign in with, made with the real command before the server opens its database. */
export const SR_STAFF = { name: 'sr-staff', password: 'screen reader test password' };

/** The quiet flags of e2e/browser.ts, and what Orca needs: Chromium's accessibility tree exported over AT-SPI. */
const CHROMIUM_FLAGS = [
  '--force-renderer-accessibility',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter',
  '--password-store=basic',
  '--window-position=0,0',
  '--window-size=1280,1000',
];

/** How many times Chromium is started afresh when its first CDP session never completes. */
const CHROMIUM_ATTEMPTS = 3;

export interface Session {
  baseURL: string;
  desktop: Desktop;
  browser: Browser;
  /** The page Orca reads; Playwright reaches it over CDP to go offline, wait for state or read it, never to press keys. */
  page: Page;
  reader: ScreenReader;
  stop(): Promise<void>;
}

/**
 * Starts the app's server on the production build (`dist/`, built beforehand) with a fresh database and a staff
 * account, the desktop with Orca, and Chromium on it; resolves once Chromium's window has the keyboard.
 */
export async function startSession({ port = Number(process.env.SR_PORT ?? 4175) } = {}): Promise<Session> {
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ad-sr-data-'));
  const serverEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: baseURL,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    REQUESTS_PER_MINUTE: '10000',
    STAFF_PASSWORD: SR_STAFF.password,
  };
  const cwd = new URL('../../..', import.meta.url);
  const groups: ChildProcess[] = [];
  let desktop: Desktop | undefined;
  try {
    const add = startGroup('npm', ['run', '--silent', 'staff', '--', 'add', SR_STAFF.name], { cwd, env: serverEnv });
    groups.push(add);
    const addCode = await new Promise((resolve) => add.once('exit', resolve));
    if (addCode !== 0) throw new Error(`Adding the staff account failed: ${add.errors()}`);
    const server = startGroup(process.execPath, ['--import', './server/traditional-hooks.js', '--import', 'tsx', 'server/index.ts'], { cwd, env: serverEnv });
    groups.push(server);
    await poll(
      async () => {
        if (server.exitCode !== null) throw new Error(`The server stopped: ${server.errors()}`);
        return fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false);
      },
      { timeoutMs: 60_000, what: `the server on ${baseURL}` },
    );

    desktop = await startDesktop();
    const browser = await launchChromium(desktop, baseURL, port + 1);
    const page = browser.contexts()[0]!.pages()[0]!;
    const reader = new ScreenReader(desktop);
    await reader.settle();
    const session: Session = {
      baseURL,
      desktop,
      browser,
      page,
      reader,
      async stop() {
        await browser.close().catch(() => {});
        await desktop!.stop();
        await stopGroups(groups);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
    return session;
  } catch (error) {
    await desktop?.stop();
    await stopGroups(groups);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Starts Chromium on `desktop` at the app's home page and connects Playwright to it over CDP (`debuggingPort`).
 * A Chromium started next to a freshly started Orca now and then accepts the DevTools WebSocket and then never answers
 * on it (CI, first session of a run: two minutes of silence, while the next session on the same machine came up in
 * seconds). Such a Chromium is stopped and a fresh one, with a fresh profile, started in its place: up to
 * `CHROMIUM_ATTEMPTS` times, 45 s each. Throws with Chromium's last standard error when every attempt failed.
 */
async function launchChromium(desktop: Desktop, baseURL: string, debuggingPort: number): Promise<Browser> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= CHROMIUM_ATTEMPTS; attempt++) {
    const profile = join(desktop.root, `chromium-${attempt}`);
    // Chromium's own "Translate this page?" and "Save password?" would be read out as alerts.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ translate: { enabled: false }, credentials_enable_service: false, profile: { password_manager_enabled: false } }),
    );
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const chromiumProcess = desktop.start(process.env.SR_CHROMIUM ?? '/usr/bin/chromium', [
      ...CHROMIUM_FLAGS,
      ...sandbox,
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${debuggingPort}`,
      '--lang=zh-CN',
      // A page of the app, not about:blank, so that the keyboard starts in the page and not in the address bar.
      `${baseURL}/`,
    ]);
    try {
      await poll(
        async () => {
          if (chromiumProcess.exitCode !== null) throw new Error(`Chromium stopped: ${chromiumProcess.errors()}`);
          return fetch(`http://127.0.0.1:${debuggingPort}/json/version`).then((r) => r.ok, () => false);
        },
        { timeoutMs: 60_000, what: 'Chromium' },
      );
      return await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`, { timeout: 45_000 });
    } catch (error) {
      failures.push(`Attempt ${attempt}: ${(error as Error).message.split('\n')[0]}\n${chromiumProcess.errors()}`);
      await stopGroups([chromiumProcess]);
    }
  }
  throw new Error(`Chromium never answered over CDP:\n${failures.join('\n')}`);
}
