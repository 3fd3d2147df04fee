import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bodyHash, canonicalJson, newStatusToken, openAnswer, sameHash, sealAnswer, statusTokenHash } from './secrets.ts';

describe('canonical body', () => {
  it('is the same whatever the order of the keys, at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(bodyHash({ a: 1, b: '残联' })).toBe(bodyHash({ b: '残联', a: 1 }));
    expect(bodyHash({ a: 1 })).not.toBe(bodyHash({ a: '1' }));
  });
});

describe('status token', () => {
  it('is 32 random bytes, and only its hash is kept', () => {
    const { token, hash } = newStatusToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toBe(statusTokenHash(token));
    expect(hash).not.toContain(token);
    expect(newStatusToken().token).not.toBe(token);
  });

  it('matches only its own hash', () => {
    const { token, hash } = newStatusToken();
    expect(sameHash(statusTokenHash(token), hash)).toBe(true);
    expect(sameHash(statusTokenHash(`${token}x`), hash)).toBe(false);
    expect(sameHash('', hash)).toBe(false);
    expect(sameHash('', '')).toBe(false);
  });
});

describe('sealed first answer', () => {
  it('opens with the Idempotency-Key it was sealed with, and only with it', () => {
    const key = randomUUID();
    const answer = { reference: 'MDJCL-2026-000001', statusToken: 'secret' };
    const sealed = sealAnswer(answer, key);
    expect(sealed).not.toContain('secret');
    expect(openAnswer(sealed, key)).toEqual(answer);
    expect(() => openAnswer(sealed, randomUUID())).toThrow();
  });
});
