import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { poll } from './poll.ts';

/**
 * The processes the screen-reader driver starts, each the leader of a process group of its own, so that stopping one
 * stops what it started (the AT-SPI bus's own D-Bus daemon, Chromium's renderers) and nothing else on the machine.
 */
const running = new Set<ChildProcess>();

function alive(child: ChildProcess) {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!alive(child)) return;
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is already gone.
  }
}

let handlersInstalled = false;
function installCleanupHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // A test run that fails or is interrupted still leaves no Xvfb, Orca or Chromium behind.
  process.once('exit', () => {
    for (const child of running) signalGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const child of running) signalGroup(child, 'SIGKILL');
      process.exit(130);
    });
  }
}

/** A process started by `startGroup`, with the end of what it wrote on standard error. */
export type Started = ChildProcess & { errors(): string };

/** Starts `command` as the leader of a new process group; its standard error is kept (last 4 KB) for failure messages. */
export function startGroup(command: string, args: string[], options: SpawnOptions = {}): Started {
  installCleanupHandlers();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options, detached: true }) as Started;
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  child.errors = () => errors;
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Stops the groups, last started first: SIGTERM, then SIGKILL for any still there after `graceMs`. */
export async function stopGroups(children: ChildProcess[], graceMs = 5_000) {
  const stillRunning = children.filter(alive);
  for (const child of [...stillRunning].reverse()) signalGroup(child, 'SIGTERM');
  await poll(() => stillRunning.every((child) => !alive(child)), { timeoutMs: graceMs, quiet: true });
  for (const child of stillRunning) signalGroup(child, 'SIGKILL');
  await poll(() => stillRunning.every((child) => !alive(child)), { timeoutMs: graceMs, quiet: true });
}
