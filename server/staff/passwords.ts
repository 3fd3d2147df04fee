import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/**
 * Staff passwords, hashed with scrypt (node:crypto). The stored text carries its own parameters and salt,
 * `scrypt$N$r$p$salt$hash`, so stronger parameters can be chosen later without breaking old accounts.
 */
const PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    // 128 * N * r bytes are needed: give scrypt room above Node's 32 MB default.
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMETERS);
  const { N, r, p } = PARAMETERS;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** False for a wrong password and for a stored text that is not one of ours. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (![options.N, options.r, options.p].every((value) => Number.isInteger(value) && value > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), options);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Checked against when the name is unknown, so a wrong name takes as long to refuse as a wrong password. */
let unknownNameHash: Promise<string> | undefined;
export function hashForUnknownNames(): Promise<string> {
  unknownNameHash ??= hashPassword(randomBytes(16).toString('hex'));
  return unknownNameHash;
}

/** What a password must be, for the command that creates accounts. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < 12) return 'The password must be at least 12 characters long.';
  if ([...password].length > 200) return 'The password must be at most 200 characters long.';
  return undefined;
}
