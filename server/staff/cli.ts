/**
 * `npm run staff -- add <name> [--role <role> …]`: creates a staff account with the roles given (server/staff/roles.ts:
 * each review step's, and administrator), or every role without `--role`. The password comes from STAFF_PASSWORD when it is set
 * (scripts, tests), else it is typed twice at a hidden prompt; it is never read from a file or the command line,
 * which the shell's history and `ps` would keep.
 *
 * The embedded database allows one process at a time: this command takes the data folder's lock as the server
 * does, and refuses, saying why, while a server has the folder open. With DATABASE_URL it simply connects.
 */
import { fileURLToPath } from 'node:url';
import { configFrom } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open.ts';
import { addStaff } from './accounts.ts';
import { knownRoles, unknownRoles } from './roles.ts';

export interface CommandIo {
  env: Record<string, string | undefined>;
  /** Asks for the password without showing it; undefined when nobody can type (no terminal). */
  askPassword(prompt: string): Promise<string | undefined>;
  openDatabase(env: Record<string, string | undefined>): Promise<Database>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  'Usage: npm run staff -- add <name> [--role <role> ...]   (password from STAFF_PASSWORD, or typed at the prompt)',
  `Roles: ${knownRoles().join(', ')}.`,
  'Without --role the account has every role, administrator included.',
].join('\n');

/** The name and the `--role` values of `add`'s arguments, or undefined when they do not read as the usage says. */
function addArguments(args: readonly string[]): { name: string; roles: string[] } | undefined {
  const [name, ...rest] = args;
  if (name === undefined || name.startsWith('--')) return undefined;
  const roles: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const value = rest[i + 1];
    if (rest[i] !== '--role' || value === undefined || value.startsWith('--')) return undefined;
    roles.push(value);
  }
  return { name, roles };
}

async function passwordFrom(io: CommandIo): Promise<string | undefined> {
  const fromEnv = io.env.STAFF_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await io.askPassword('Password: ');
  if (first === undefined) {
    io.err('No terminal to type the password in: set STAFF_PASSWORD instead.');
    return undefined;
  }
  const second = await io.askPassword('The same password again: ');
  if (first !== second) {
    io.err('The two passwords are not the same: nothing was stored. Run the command again.');
    return undefined;
  }
  return first;
}

function openProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const holder = /in use by process (\d+)/.exec(message)?.[1];
  if (holder) {
    return `The server (process ${holder}) has the database open, and the embedded database allows one program at a time. ` +
      'Stop the server, run this command again, then start the server.';
  }
  return `Cannot open the database: ${message}`;
}

/** Runs the command; the exit code is the answer. */
export async function runStaffCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = args;
  const parsed = command === 'add' ? addArguments(rest) : undefined;
  if (!parsed) {
    io.err(USAGE);
    return 2;
  }
  const { name, roles } = parsed;
  // Before the password is asked for: a mistyped role should not cost typing it twice.
  const unknown = unknownRoles(roles);
  if (unknown.length > 0) {
    io.err(`Unknown role: ${unknown.join(', ')}. The roles are: ${knownRoles().join(', ')}. Nothing was stored.`);
    return 2;
  }
  const password = await passwordFrom(io);
  if (password === undefined) return 1;
  let db: Database;
  try {
    db = await io.openDatabase(io.env);
  } catch (error) {
    io.err(openProblem(error));
    return 1;
  }
  try {
    const result = await addStaff(db, name, password, new Date(), roles);
    switch (result.kind) {
      case 'created':
        io.out(`Added staff account "${result.staff.name}" with ${roles.length > 0 ? `the roles ${[...new Set(roles)].join(', ')}` : 'every role, administrator included'}. They sign in at /staff/sign-in.`);
        return 0;
      case 'exists':
        io.err(`There is already a staff account named "${name}": nothing was changed.`);
        return 1;
      case 'invalid':
        io.err(`${result.message} Nothing was stored.`);
        return 1;
    }
  } finally {
    await db.close();
  }
}

/** Reads a line from the terminal with echo off; Ctrl-C abandons the command. */
function askHidden(prompt: string): Promise<string | undefined> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(undefined);
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | undefined) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003') {
          process.stdout.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const projectDir = fileURLToPath(new URL('../..', import.meta.url));
  const code = await runStaffCommand(process.argv.slice(2), {
    env: process.env,
    askPassword: askHidden,
    // Only the database settings: a PORT or BASE_URL meant for the server must not stop this command.
    openDatabase: (env) => openDatabase(configFrom({ DATA_DIR: env.DATA_DIR, DATABASE_URL: env.DATABASE_URL }, projectDir)),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
  process.exit(code);
}
