import { type ChildProcess, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { poll } from './poll.ts';
import { orcaSettings } from './orca-settings.ts';
import { type Started, startGroup, stopGroups } from './processes.ts';

/**
 * A desktop of its own for one screen-reader run: Xvfb, a D-Bus session, the AT-SPI bus, speech-dispatcher whose only
 * "synthesiser" appends what it is given to `speechFile` as `LANGUAGE|TEXT` lines, and Orca with a settings folder of
 * its own. Every process is started in a process group of its own and `stop()` ends exactly those groups, in reverse.
 * Orca allows one instance per user (it replaces the other), so only one desktop may run at a time.
 */
export interface Desktop {
  /** The folder everything lives in (HOME, XDG_RUNTIME_DIR, settings); removed by `stop()`. */
  root: string;
  /** The environment a program needs to be seen by Orca on this desktop (DISPLAY, the session bus, no real HOME). */
  env: NodeJS.ProcessEnv;
  /** Where every utterance is appended, one `LANGUAGE|TEXT` line each. */
  speechFile: string;
  /** Starts a program on this desktop in a process group of its own; it is stopped with the desktop. */
  start(command: string, args: string[], extraEnv?: NodeJS.ProcessEnv): Started;
  stop(): Promise<void>;
}

function missingPrograms(): string[] {
  const programs = ['Xvfb', 'xdotool', 'dbus-daemon', 'speech-dispatcher', 'orca'];
  const missing = programs.filter((program) => spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0);
  if (!findAtSpiLauncher()) missing.push('at-spi-bus-launcher (at-spi2-core)');
  return missing;
}

function findAtSpiLauncher(): string | undefined {
  return ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'].find((path) => existsSync(path));
}

/**
 * Starts the desktop; resolves once Orca has said it is on. Throws, having stopped what it started, when a program is
 * missing (naming the Debian packages) or a part does not come up within `timeoutMs`.
 */
export async function startDesktop({ timeoutMs = 60_000 } = {}): Promise<Desktop> {
  const missing = missingPrograms();
  if (missing.length) {
    throw new Error(`The screen-reader tests need ${missing.join(', ')}: apt-get install -y --no-install-recommends orca xvfb xdotool dbus-daemon at-spi2-core speech-dispatcher python3-pyatspi`);
  }
  // Short: a Unix socket's path may not pass 107 bytes.
  const root = mkdtempSync(join(tmpdir(), 'ad-sr-'));
  const runtime = join(root, 'run');
  const home = join(root, 'home');
  for (const dir of [runtime, home, join(root, 'speechd', 'modules'), join(root, 'orca')]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const speechFile = join(root, 'speech.txt');
  writeFileSync(speechFile, '');
  const mine: ChildProcess[] = [];

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    // speech-dispatcher's generic module runs only under a locale that exists.
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    GSETTINGS_BACKEND: 'memory',
    NO_AT_BRIDGE: '0',
    GTK_MODULES: 'gail:atk-bridge',
    SPEECHD_ADDRESS: `unix_socket:${join(runtime, 'speechd.sock')}`,
  };

  const start = (command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
    const child = startGroup(command, args, { env: { ...env, ...extraEnv } });
    mine.push(child);
    return child;
  };
  const stop = async () => {
    await stopGroups(mine);
    rmSync(root, { recursive: true, force: true });
  };

  try {
    // Xvfb picks a free display itself and writes its number to fd 3 once it accepts clients.
    const xvfb = startGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    mine.push(xvfb);
    let displayText = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => (displayText += chunk.toString()));
    await poll(() => displayText.includes('\n'), { timeoutMs, what: 'Xvfb to start' });
    env.DISPLAY = `:${displayText.trim()}`;

    const busPath = join(runtime, 'bus');
    start('dbus-daemon', ['--session', '--nofork', '--nopidfile', `--address=unix:path=${busPath}`]);
    await poll(() => existsSync(busPath), { timeoutMs, what: 'the D-Bus session' });
    env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${busPath}`;

    start(findAtSpiLauncher()!, ['--launch-immediately']);
    await poll(() => spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'], { env }).status === 0, {
      timeoutMs,
      what: 'the AT-SPI bus',
    });

    writeSpeechDispatcherConfig(join(root, 'speechd'), speechFile);
    start('speech-dispatcher', ['--run-single', '--timeout', '0', '--communication-method', 'unix_socket', '--socket-path', join(runtime, 'speechd.sock'), '--config-dir', join(root, 'speechd')]);
    await poll(() => existsSync(join(runtime, 'speechd.sock')), { timeoutMs, what: 'speech-dispatcher' });

    writeFileSync(join(root, 'orca', 'user-settings.conf'), JSON.stringify(orcaSettings, null, 2));
    start('orca', ['--replace', '--user-prefs', join(root, 'orca')]);
    await poll(() => heardSoFar(speechFile).includes('Screen reader on'), { timeoutMs, what: 'Orca to say it is on' });
    return { root, env, speechFile, start, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function heardSoFar(speechFile: string): string {
  return readFileSync(speechFile, 'utf8');
}

/**
 * speech-dispatcher's generic module turns each utterance into a shell command: here one that appends it to a file.
 * It still insists on an audio method (ALSA's `null` device). The short pause stands in for a voice: with an instant
 * synthesiser the Python client Orca uses can miss the end of an utterance, and say-all stops after the first line.
 */
function writeSpeechDispatcherConfig(dir: string, speechFile: string) {
  writeFileSync(
    join(dir, 'speechd.conf'),
    [
      'LogLevel 1',
      `LogDir "${join(dir, 'log')}"`,
      'AudioOutputMethod "alsa"',
      'AudioALSADevice "null"',
      'AddModule "capture" "sd_generic" "capture.conf"',
      'DefaultModule capture',
      'DefaultLanguage "en"',
      '',
    ].join('\n'),
  );
  const languages = ['en', 'en-us', 'en-gb', 'zh', 'zh-cn', 'zh-hans', 'zh-hant', 'zh-tw', 'zh-hk', 'cmn', 'yue'];
  writeFileSync(
    join(dir, 'modules', 'capture.conf'),
    [
      'Debug 0',
      `GenericExecuteSynth "printf '%s|%s' \\'$LANGUAGE\\' \\'$DATA\\' >> ${speechFile}; echo >> ${speechFile}; sleep 0.05"`,
      // One line per utterance, however long: phrases are not cut at commas.
      'GenericMaxChunkLength 100000',
      'GenericDelimiters ""',
      ...languages.map((language) => `GenericLanguage "${language}" "${language}" "utf-8"`),
      ...languages.map((language) => `AddVoice "${language}" "MALE1" "${language}"`),
      '',
    ].join('\n'),
  );
}
