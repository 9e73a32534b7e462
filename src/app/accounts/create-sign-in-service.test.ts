import type { Database } from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { createRateLimitStore } from '../../store/create-rate-limit-store.js';
import { createSqliteUserStore } from '../../store/create-sqlite-user-store.js';
import { openDatabase } from '../../store/open-database.js';
import { createTempDir } from '../../store/testing/create-temp-dir.js';
import type { UserStore } from '../ports.js';
import {
  createSignInService,
  SIGN_IN_ATTEMPTS_PER_ADDRESS,
  SIGN_IN_ATTEMPTS_PER_WINDOW,
  SIGN_IN_LIFETIME_MS,
  SIGN_IN_WINDOW_MS,
  type SignInService,
} from './create-sign-in-service.js';
import { hashPassword } from './hash-password.js';

const PASSWORD = 'a long enough passphrase';
const ADDRESS = '203.0.113.7';

let temp: ReturnType<typeof createTempDir>;
let database: Database;
let users: UserStore;
let clock: number;
let service: SignInService;

beforeEach(() => {
  temp = createTempDir();
  database = openDatabase({ dataDir: temp.dir });
  clock = Date.UTC(2026, 2, 10, 12, 0);
  const now = () => clock;
  users = createSqliteUserStore(database, { now });
  service = createSignInService({
    users,
    rateLimits: createRateLimitStore(database),
    logger: pino({ level: 'silent' }),
    now,
  });
});
afterEach(() => {
  database.close();
  temp.remove();
});

/** An account whose password hash is cheap to check (the parameters travel in the hash). */
async function addCheapUser(email: string, options: { admin?: boolean } = {}) {
  const passwordHash = await hashPassword(PASSWORD, { cost: 2 ** 10, blockSize: 8, parallelization: 1 });
  return users.createUser({ email, passwordHash, admin: options.admin ?? false });
}

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The fastest of two runs, in milliseconds: the least disturbed by other work on the machine. */
async function fastestMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    await work().catch(() => undefined);
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

describe('signIn', () => {
  it('gives a random 32-byte token valid for 14 days, whatever the case of the email', async () => {
    const user = await addCheapUser('Alex@Example.com', { admin: true });
    const signedIn = await service.signIn({ email: 'alex@example.COM', password: PASSWORD }, ADDRESS);
    expect(signedIn.token).toMatch(/^[\w-]{43}$/);
    expect(Buffer.from(signedIn.token, 'base64url')).toHaveLength(32);
    expect(signedIn.expiresAt).toBe(clock + SIGN_IN_LIFETIME_MS);
    expect(signedIn.user).toEqual({ id: user.id, email: 'Alex@Example.com', admin: true });
    expect(await service.findSignedInUser(signedIn.token)).toEqual(signedIn.user);
    const again = await service.signIn({ email: 'Alex@Example.com', password: PASSWORD }, ADDRESS);
    expect(again.token).not.toBe(signedIn.token);
  });

  it('keeps only a hash of the token', async () => {
    await addCheapUser('alex@example.com');
    const { token } = await service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS);
    const stored = database.prepare('SELECT token_hash FROM auth_sessions').pluck().all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain(token);
  });

  it('answers a wrong password and an unknown email alike: invalid_credentials, same message', async () => {
    await addCheapUser('alex@example.com');
    const wrongPassword = await refusal(service.signIn({ email: 'alex@example.com', password: 'nope' }, ADDRESS));
    const unknownEmail = await refusal(service.signIn({ email: 'nobody@example.com', password: PASSWORD }, ADDRESS));
    expect(wrongPassword.code).toBe('invalid_credentials');
    expect(unknownEmail.code).toBe('invalid_credentials');
    expect(unknownEmail.message).toBe(wrongPassword.message);
    expect(database.prepare('SELECT count(*) FROM auth_sessions').pluck().get()).toBe(0);
  });

  it('takes as long for an unknown email as for a wrong password (a hash is checked either way)', async () => {
    // A real-cost account, as `users add` makes them.
    await users.createUser({ email: 'real@example.com', passwordHash: await hashPassword(PASSWORD), admin: false });
    const wrongPassword = await fastestMs(() => service.signIn({ email: 'real@example.com', password: 'x' }, ADDRESS));
    const unknownEmail = await fastestMs(() => service.signIn({ email: 'ghost@example.com', password: 'x' }, ADDRESS));
    // Without the dummy hash an unknown email answers in a millisecond, a hundred times faster.
    expect(unknownEmail).toBeGreaterThan(wrongPassword * 0.3);
    expect(wrongPassword).toBeGreaterThan(unknownEmail * 0.3);
  });

  it('refuses a disabled account (only once the password is right), and its sessions stop working', async () => {
    const user = await addCheapUser('alex@example.com');
    const { token } = await service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS);
    await users.setDisabled(user.id, true);
    expect(await service.findSignedInUser(token)).toBeNull();
    const disabled = await refusal(service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS));
    expect(disabled.code).toBe('forbidden');
    expect(disabled.message).toMatch(/disabled/);
    const wrong = await refusal(service.signIn({ email: 'alex@example.com', password: 'wrong' }, ADDRESS));
    expect(wrong.code).toBe('invalid_credentials');
    await users.setDisabled(user.id, false);
    // Enabling it again does not bring the old session back.
    expect(await service.findSignedInUser(token)).toBeNull();
    expect((await service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS)).user.id).toBe(user.id);
  });

  it(`limits attempts to ${SIGN_IN_ATTEMPTS_PER_WINDOW} per address and email in 15 minutes, right ones included`, async () => {
    await addCheapUser('alex@example.com');
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_WINDOW - 1; attempt++) {
      expect((await refusal(service.signIn({ email: 'alex@example.com', password: 'guess' }, ADDRESS))).code).toBe(
        'invalid_credentials',
      );
    }
    await service.signIn({ email: 'ALEX@example.com', password: PASSWORD }, ADDRESS);
    const limited = await refusal(service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS));
    expect(limited.code).toBe('rate_limited');
    expect(limited.retryAfterSeconds).toBe(SIGN_IN_WINDOW_MS / 1000);
    expect(limited.message).toMatch(/sign-in attempts/);
    // Another address, or another email from this one, is not held up.
    await service.signIn({ email: 'alex@example.com', password: PASSWORD }, '198.51.100.1');
    await addCheapUser('sam@example.com');
    await service.signIn({ email: 'sam@example.com', password: PASSWORD }, ADDRESS);
    clock += SIGN_IN_WINDOW_MS + 1;
    await service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS);
  });

  it('limits one address (to SIGN_IN_ATTEMPTS_PER_ADDRESS by default) in 15 minutes, whatever the emails', async () => {
    expect(SIGN_IN_ATTEMPTS_PER_ADDRESS).toBeGreaterThan(SIGN_IN_ATTEMPTS_PER_WINDOW);
    // A low limit: each attempt on an unknown email costs a full scrypt of the dummy hash.
    const attemptsPerAddress = 4;
    service = createSignInService({
      users,
      rateLimits: createRateLimitStore(database),
      logger: pino({ level: 'silent' }),
      now: () => clock,
      attemptsPerAddress,
    });
    for (let attempt = 0; attempt < attemptsPerAddress; attempt++) {
      const email = `nobody-${attempt}@example.com`;
      expect((await refusal(service.signIn({ email, password: 'guess' }, ADDRESS))).code).toBe('invalid_credentials');
    }
    const limited = await refusal(service.signIn({ email: 'one-more@example.com', password: 'guess' }, ADDRESS));
    expect(limited.code).toBe('rate_limited');
    expect(limited.message).toMatch(/from this address/);
    await addCheapUser('alex@example.com');
    await service.signIn({ email: 'alex@example.com', password: PASSWORD }, '198.51.100.1');
  });
});

describe('sessions', () => {
  it('sign-out ends one session; others of the same account go on', async () => {
    await addCheapUser('alex@example.com');
    const first = await service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS);
    const second = await service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS);
    await service.signOut(first.token);
    expect(await service.findSignedInUser(first.token)).toBeNull();
    expect(await service.findSignedInUser(second.token)).not.toBeNull();
    await service.signOut(first.token);
  });

  it('a session ends after 14 days', async () => {
    await addCheapUser('alex@example.com');
    const { token } = await service.signIn({ email: 'alex@example.com', password: PASSWORD }, ADDRESS);
    clock += SIGN_IN_LIFETIME_MS - 1;
    expect(await service.findSignedInUser(token)).not.toBeNull();
    clock += 1;
    expect(await service.findSignedInUser(token)).toBeNull();
  });

  it('an unknown, empty or oversized token finds no one', async () => {
    expect(await service.findSignedInUser('')).toBeNull();
    expect(await service.findSignedInUser('x'.repeat(43))).toBeNull();
    expect(await service.findSignedInUser('x'.repeat(10_000))).toBeNull();
  });
});
