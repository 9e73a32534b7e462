import type { Database } from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { createSpendStore } from '../../store/create-spend-store.js';
import { createSqliteUserStore } from '../../store/create-sqlite-user-store.js';
import { openDatabase } from '../../store/open-database.js';
import { createTempDir } from '../../store/testing/create-temp-dir.js';
import type { SpendStore, UserStore } from '../ports.js';
import { createUserAdminService, type UserAdminService } from './create-user-admin-service.js';
import { parsePasswordHash, PASSWORD_HASH_PARAMETERS, verifyPassword } from './hash-password.js';

const PASSWORD = 'twelve chars';
// 18:00 UTC on 10 March 2026.
const NOW = Date.UTC(2026, 2, 10, 18, 0);

let temp: ReturnType<typeof createTempDir>;
let database: Database;
let users: UserStore;
let spending: SpendStore;
let admin: UserAdminService;

beforeEach(() => {
  temp = createTempDir();
  database = openDatabase({ dataDir: temp.dir });
  users = createSqliteUserStore(database, { now: () => NOW });
  spending = createSpendStore(database);
  admin = createUserAdminService({ users, spending, logger: pino({ level: 'silent' }), now: () => NOW });
});
afterEach(() => {
  database.close();
  temp.remove();
});

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('addUser', () => {
  it('stores an scrypt hash of the password, never the password', async () => {
    const added = await admin.addUser({ email: ' sam@example.com ', password: PASSWORD, admin: true });
    expect(added).toMatchObject({ email: 'sam@example.com', admin: true, disabled: false, spentTodayMicroUsd: 0 });
    const stored = await users.findUserById(added.id);
    expect(stored?.passwordHash).not.toContain(PASSWORD);
    expect(parsePasswordHash(stored!.passwordHash)?.parameters).toEqual(PASSWORD_HASH_PARAMETERS);
    expect(await verifyPassword(PASSWORD, stored!.passwordHash)).toBe(true);
  });

  it('refuses a password under 12 characters (counted as a person does), a bad email and a taken one', async () => {
    const short = await refusal(admin.addUser({ email: 'sam@example.com', password: 'eleven char' }));
    expect(short).toMatchObject({ code: 'invalid_input', field: 'password' });
    expect(short.message).toMatch(/at least 12 characters/);
    // Twelve emoji are 24 UTF-16 units but twelve characters: accepted; eleven are not.
    await refusal(admin.addUser({ email: 'emoji@example.com', password: '🔑'.repeat(11) }));
    await admin.addUser({ email: 'emoji@example.com', password: '🔑'.repeat(12) });
    expect(await refusal(admin.addUser({ email: 'not an email', password: PASSWORD }))).toMatchObject({
      code: 'invalid_input',
      field: 'email',
    });
    await admin.addUser({ email: 'sam@example.com', password: PASSWORD });
    const taken = await refusal(admin.addUser({ email: 'SAM@example.com', password: PASSWORD }));
    expect(taken).toMatchObject({ code: 'invalid_input', field: 'email', message: expect.stringMatching(/exists/) });
    expect(await users.listUsers()).toHaveLength(2);
  });
});

describe('listUsers', () => {
  it('gives each account what it spent today and this month (UTC), in micro-dollars', async () => {
    const sam = await admin.addUser({ email: 'sam@example.com', password: PASSWORD });
    const kim = await admin.addUser({ email: 'kim@example.com', password: PASSWORD, admin: true });
    await spending.record({ ownerId: sam.id }, { id: 'today', startedAt: NOW - 60_000, costMicroUsd: 1_500 });
    await spending.record(
      { ownerId: sam.id },
      { id: 'earlier', startedAt: Date.UTC(2026, 2, 2), costMicroUsd: 20_000 },
    );
    await spending.record({ ownerId: sam.id }, { id: 'last-month', startedAt: Date.UTC(2026, 1, 27), costMicroUsd: 9 });
    const listed = await admin.listUsers();
    expect(listed.map((user) => user.email)).toEqual(['sam@example.com', 'kim@example.com']);
    expect(listed[0]).toMatchObject({ id: sam.id, spentTodayMicroUsd: 1_500, spentThisMonthMicroUsd: 21_500 });
    expect(listed[1]).toMatchObject({ id: kim.id, admin: true, spentTodayMicroUsd: 0, spentThisMonthMicroUsd: 0 });
    expect(listed[0]!.createdAt).toBe(new Date(NOW).toISOString());
  });
});

describe('setDisabled', () => {
  it('disables and enables an account; an unknown id is not_found; an admin cannot disable themselves', async () => {
    const kim = await admin.addUser({ email: 'kim@example.com', password: PASSWORD, admin: true });
    const sam = await admin.addUser({ email: 'sam@example.com', password: PASSWORD });
    const actor = { id: kim.id, email: kim.email, admin: true };
    expect((await admin.setDisabled(actor, sam.id, true)).disabled).toBe(true);
    expect((await users.findUserById(sam.id))?.disabled).toBe(true);
    expect((await admin.setDisabled(actor, sam.id, false)).disabled).toBe(false);
    expect((await refusal(admin.setDisabled(actor, 'no-such-id', true))).code).toBe('not_found');
    expect(await refusal(admin.setDisabled(actor, kim.id, true))).toMatchObject({ code: 'invalid_input' });
    expect((await users.findUserById(kim.id))?.disabled).toBe(false);
  });
});
