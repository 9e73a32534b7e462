import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UserStore } from '../../app/ports.js';
import { AppError } from '../../core/errors.js';
import { useContractDatabase, type ContractEngine } from './contract-database.js';

const NOW = Date.UTC(2026, 3, 1, 9, 0, 0);
const HOUR_MS = 3_600_000;
const TOKEN = 'cookie-token-0123456789abcdefghijklmnopqrstuv';
const alice = { email: 'Alice@Example.com', passwordHash: 'scrypt$alice', admin: true };
const bob = { email: 'bob@example.com', passwordHash: 'scrypt$bob', admin: false };

/** What every UserStore does, whatever the engine. */
export function describeUserStoreContract(engine: ContractEngine): void {
  describe(`UserStore on ${engine.name}`, () => {
    const database = useContractDatabase(engine);
    let clock = NOW;
    const store = (): UserStore => database().userStore({ now: () => clock });
    const signIn = (users: UserStore, userId: string, token = TOKEN) =>
      users.createAuthSession({ token, userId, expiresAt: clock + HOUR_MS });

    it('creates accounts and finds them by id and by email in any case', async () => {
      clock = NOW;
      const users = store();
      const created = await users.createUser(alice);
      expect(created).toEqual({ ...alice, id: expect.any(String), disabled: false, createdAt: NOW });

      expect(await users.findUserById(created.id)).toEqual(created);
      expect(await users.findUserByEmail('alice@example.COM')).toEqual(created);
      expect(await users.findUserByEmail('carol@example.com')).toBeNull();
      expect(await users.findUserById('unknown')).toBeNull();
    });

    it('refuses a second account for an email in another case, and creates nothing', async () => {
      const users = store();
      await users.createUser(alice);
      const error = await users.createUser({ ...bob, email: 'ALICE@example.com' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'invalid_input', field: 'email' });
      expect(await users.listUsers()).toHaveLength(1);
    });

    it('creates an email once when accounts for it race from two connections', async () => {
      const stores = [store(), (await database().connectAgain()).userStore()];
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, index) =>
          stores[index % 2]!.createUser({ ...bob, email: index % 3 === 0 ? 'BOB@example.com' : bob.email }),
        ),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results.filter((outcome) => outcome.status === 'rejected'))
        expect(result.reason).toMatchObject({ code: 'invalid_input', field: 'email' });
    });

    it('lists every account, oldest first', async () => {
      const users = store();
      clock = NOW + 1000;
      await users.createUser(bob);
      clock = NOW;
      await users.createUser(alice);
      expect((await users.listUsers()).map((user) => [user.email, user.createdAt])).toEqual([
        [alice.email, NOW],
        [bob.email, NOW + 1000],
      ]);
    });

    it('finds a sign-in session by its token with its account, storing only the token’s SHA-256', async () => {
      clock = NOW;
      const users = store();
      const user = await users.createUser(alice);
      const session = await signIn(users, user.id);
      const tokenHash = createHash('sha256').update(TOKEN).digest('hex');
      expect(session).toEqual({ tokenHash, userId: user.id, createdAt: NOW, expiresAt: NOW + HOUR_MS });

      expect(await users.findAuthSession(TOKEN)).toEqual({ session, user });
      expect(await users.findAuthSession('another-token')).toBeNull();
      const rows = await database().select('SELECT * FROM auth_sessions');
      expect(rows).toEqual([expect.objectContaining({ token_hash: tokenHash })]);
      expect(JSON.stringify(rows)).not.toContain(TOKEN);
    });

    it('finds no session once it has expired, and deletes the expired ones', async () => {
      clock = NOW;
      const users = store();
      const user = await users.createUser(alice);
      await signIn(users, user.id, 'short');
      await users.createAuthSession({ token: 'long', userId: user.id, expiresAt: NOW + 10 * HOUR_MS });

      clock = NOW + HOUR_MS - 1;
      expect(await users.findAuthSession('short')).not.toBeNull();
      clock = NOW + HOUR_MS;
      expect(await users.findAuthSession('short')).toBeNull();
      expect(await users.deleteExpiredAuthSessions()).toBe(1);
      expect(await users.deleteExpiredAuthSessions()).toBe(0);
      expect(await users.findAuthSession('long')).not.toBeNull();
    });

    it('signs out one session, saying whether there was one', async () => {
      clock = NOW;
      const users = store();
      const user = await users.createUser(alice);
      await signIn(users, user.id, 'phone');
      await signIn(users, user.id, 'laptop');
      expect(await users.deleteAuthSession('phone')).toBe(true);
      expect(await users.deleteAuthSession('phone')).toBe(false);
      expect(await users.findAuthSession('phone')).toBeNull();
      expect(await users.findAuthSession('laptop')).not.toBeNull();
    });

    it('disables an account: its sessions end, and it cannot sign in until enabled again', async () => {
      clock = NOW;
      const users = store();
      const disabled = await users.createUser(alice);
      const other = await users.createUser(bob);
      await signIn(users, disabled.id, 'alice-token');
      await signIn(users, other.id, 'bob-token');

      expect(await users.setDisabled(disabled.id, true)).toBe(true);
      expect(await users.findAuthSession('alice-token')).toBeNull();
      expect(await signIn(users, disabled.id, 'alice-again')).toBeNull();
      expect((await users.findUserById(disabled.id))?.disabled).toBe(true);
      expect(await users.findAuthSession('bob-token')).not.toBeNull();

      expect(await users.setDisabled(disabled.id, false)).toBe(true);
      expect(await users.findAuthSession('alice-token')).toBeNull();
      expect(await signIn(users, disabled.id, 'alice-again')).not.toBeNull();
      expect(await users.setDisabled('unknown', true)).toBe(false);
    });

    it("changes a password: the new hash, the account's other sessions ended, this one and others' kept", async () => {
      clock = NOW;
      const users = store();
      const user = await users.createUser(alice);
      const other = await users.createUser(bob);
      await signIn(users, user.id, 'phone');
      await signIn(users, user.id, 'laptop');
      await signIn(users, other.id, 'bob-token');

      expect(await users.changePasswordHash(user.id, 'scrypt$new', 'laptop')).toBe(true);
      expect((await users.findUserById(user.id))?.passwordHash).toBe('scrypt$new');
      expect(await users.findAuthSession('phone')).toBeNull();
      expect(await users.findAuthSession('laptop')).not.toBeNull();
      expect(await users.findAuthSession('bob-token')).not.toBeNull();
      expect((await users.findUserById(other.id))?.passwordHash).toBe(bob.passwordHash);
      expect(await users.changePasswordHash('unknown', 'scrypt$x', 'laptop')).toBe(false);
    });

    it('starts no session for an account that does not exist', async () => {
      const users = store();
      expect(await signIn(users, 'unknown')).toBeNull();
      expect(await database().select('SELECT token_hash FROM auth_sessions')).toEqual([]);
    });
  });
}
