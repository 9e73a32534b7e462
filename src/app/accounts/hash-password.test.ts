import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH } from './create-sign-in-service.js';
import { hashPassword, parsePasswordHash, PASSWORD_HASH_PARAMETERS, verifyPassword } from './hash-password.js';

const PASSWORD = 'correct horse battery staple';
/** Cheap parameters for the tests that are not about the cost (verify reads them from the hash). */
const CHEAP = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };

describe('hashPassword', () => {
  it('stores the scheme, the parameters, a salt and the key; never the password', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(stored).toMatch(/^scrypt\$65536\$8\$2\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain(PASSWORD);
    expect(parsePasswordHash(stored)?.parameters).toEqual(PASSWORD_HASH_PARAMETERS);
  });

  it('is memory-hard: at least 64 MiB of scrypt', () => {
    const { cost, blockSize } = PASSWORD_HASH_PARAMETERS;
    expect(128 * cost * blockSize).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  });

  it('salts each hash: the same password hashes differently every time', async () => {
    const [first, second] = await Promise.all([hashPassword(PASSWORD, CHEAP), hashPassword(PASSWORD, CHEAP)]);
    expect(first).not.toBe(second);
    expect(await verifyPassword(PASSWORD, first)).toBe(true);
    expect(await verifyPassword(PASSWORD, second)).toBe(true);
  });

  it('runs off the event loop: timers keep firing while it hashes', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const started = performance.now();
      await hashPassword(PASSWORD);
      const elapsed = performance.now() - started;
      // A synchronous scrypt would let no timer fire until it returned.
      expect(elapsed).toBeGreaterThan(30);
      expect(ticks).toBeGreaterThanOrEqual(3);
    } finally {
      clearInterval(timer);
    }
  });

  it('refuses parameters out of bounds', async () => {
    await expect(hashPassword(PASSWORD, { cost: 1000, blockSize: 8, parallelization: 1 })).rejects.toThrow();
    await expect(hashPassword(PASSWORD, { cost: 2 ** 20, blockSize: 8, parallelization: 1 })).rejects.toThrow();
  });
});

describe('verifyPassword', () => {
  it('accepts the password and refuses any other, the empty one and a change of case', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, stored)).toBe(false);
    expect(await verifyPassword('Correct horse battery staple', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('matches one password however its accents are encoded (NFC)', async () => {
    const composed = 'caf\u00e9 au lait, s\u2019il vous pla\u00eet';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed, CHEAP))).toBe(true);
  });

  it('is false for a tampered key or salt, another format, or parameters out of bounds', async () => {
    const stored = await hashPassword(PASSWORD, CHEAP);
    const parts = stored.split('$');
    const flip = (text: string) => (text.startsWith('A') ? `B${text.slice(1)}` : `A${text.slice(1)}`);
    const withPart = (index: number, value: string) => parts.map((part, at) => (at === index ? value : part)).join('$');
    expect(await verifyPassword(PASSWORD, withPart(5, flip(parts[5]!)))).toBe(false);
    expect(await verifyPassword(PASSWORD, withPart(4, flip(parts[4]!)))).toBe(false);
    expect(await verifyPassword(PASSWORD, withPart(1, String(2 ** 11)))).toBe(false);
    expect(await verifyPassword(PASSWORD, withPart(0, 'bcrypt'))).toBe(false);
    expect(await verifyPassword(PASSWORD, withPart(1, String(2 ** 30)))).toBe(false);
    expect(await verifyPassword(PASSWORD, withPart(3, '1000'))).toBe(false);
    expect(await verifyPassword(PASSWORD, PASSWORD)).toBe(false);
    expect(await verifyPassword(PASSWORD, '')).toBe(false);
  });
});

describe('the dummy hash an unknown email is checked against', () => {
  it('has the parameters of a real hash, so checking it takes as long', () => {
    const parsed = parsePasswordHash(DUMMY_PASSWORD_HASH);
    expect(parsed?.parameters).toEqual(PASSWORD_HASH_PARAMETERS);
    expect(parsed?.key).toHaveLength(32);
  });
});
