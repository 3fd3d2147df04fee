import { describe, expect, it } from 'vitest';
import { createSignInThrottle, waitAfter } from './throttle.ts';

describe('sign-in slow-down', () => {
  it('waits 30 s after the fifth failure, doubling to at most 15 minutes', () => {
    expect([4, 5, 6, 7, 10, 20].map(waitAfter)).toEqual([0, 30_000, 60_000, 120_000, 900_000, 900_000]);
  });

  it('counts names without regard to case or spaces, and forgets after an hour without failures', () => {
    let time = 0;
    const throttle = createSignInThrottle(() => time);
    for (let i = 0; i < 5; i++) throttle.failed(i % 2 ? 'Li' : ' li ', `192.0.2.${i}`);
    expect(throttle.check('LI', '192.0.2.99')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    time = 61 * 60_000;
    expect(throttle.check('li', '192.0.2.99')).toEqual({ allowed: true });
  });

  it('forgets a name’s failures when its right password is given', () => {
    const throttle = createSignInThrottle(() => 0);
    for (let i = 0; i < 4; i++) throttle.failed('li', `192.0.2.${i}`);
    throttle.succeeded('li');
    throttle.failed('li', '192.0.2.9');
    expect(throttle.check('li', '192.0.2.10')).toEqual({ allowed: true });
  });
});
