import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminUserListSchema, AdminUserSchema } from '../../src/core/schemas/admin-users.js';
import { PublicConfigSchema } from '../../src/core/schemas/public-config.js';
import { SignedInAnswerSchema } from '../../src/core/schemas/sign-in.js';
import { generateSession } from '../support/fake-practice-session.js';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import { generationBody } from '../support/sse-client.js';
import type { TestApp } from '../support/start-test-app.js';
import {
  addAccount,
  asUser,
  postLogin,
  signIn,
  startTeamApp,
  TEAM_PASSWORD,
  type TeamAccount,
} from '../support/team-app.js';

const APP_TOKEN = 'a3f1c9e07b2d4c5e8f6a1b0c9d8e7f60';
const FOURTEEN_DAYS_MS = 14 * 24 * 60 * 60 * 1000;

describe.skipIf(!postgresAvailable())('team mode: sign-in, sessions and the admin API', () => {
  const cluster = usePostgresCluster();
  let databaseUrl: string;
  let app: TestApp;
  let admin: TeamAccount;
  let member: TeamAccount;
  beforeAll(async () => {
    databaseUrl = await cluster().createDatabase();
    // APP_TOKEN is set to show that team mode ignores it.
    app = await startTeamApp(databaseUrl, { env: { APP_TOKEN, BUDGET_USD_PER_DAY: '5' } });
    admin = await addAccount(app, 'admin@example.com', { admin: true });
    member = await addAccount(app, 'Member@Example.com');
  });
  afterAll(async () => app?.close());

  const anonymous = () => asUser(app.url, null);

  describe('POST /api/auth/login', () => {
    it('sets an HttpOnly, SameSite=Lax cookie for 14 days (not Secure on http); /api/auth/me says who', async () => {
      const response = await postLogin(app.url, { email: 'member@example.COM', password: TEAM_PASSWORD });
      expect(response.status).toBe(200);
      expect(SignedInAnswerSchema.strict().parse(await response.json())).toEqual({
        email: 'Member@Example.com',
        admin: false,
      });
      const [setCookie, ...others] = response.headers.getSetCookie();
      expect(others).toEqual([]);
      expect(setCookie).toMatch(/^interview_prep_session=[\w-]{43}; /);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Lax');
      expect(setCookie).toContain('Path=/');
      expect(setCookie).not.toContain('Secure');
      const expires = Date.parse(/Expires=([^;]+)/.exec(setCookie!)![1]!);
      expect(Math.abs(expires - (Date.now() + FOURTEEN_DAYS_MS))).toBeLessThan(60_000);

      const me = await asUser(app.url, setCookie!.split(';')[0]!)('/api/auth/me');
      expect(me.status).toBe(200);
      expect(SignedInAnswerSchema.strict().parse(await me.json())).toEqual({
        email: 'Member@Example.com',
        admin: false,
      });
      const adminMe = await asUser(app.url, await signIn(app.url, admin))('/api/auth/me');
      expect(await adminMe.json()).toEqual({ email: 'admin@example.com', admin: true });
    });

    it('a wrong password and an unknown email: the same 401 invalid_credentials, no cookie', async () => {
      const wrong = await postLogin(app.url, { email: member.email, password: `${TEAM_PASSWORD}!` });
      const unknown = await postLogin(app.url, { email: 'nobody@example.com', password: TEAM_PASSWORD });
      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(response.headers.getSetCookie()).toEqual([]);
      }
      const [wrongBody, unknownBody] = [await wrong.json(), await unknown.json()];
      expect(wrongBody.error.code).toBe('invalid_credentials');
      expect(unknownBody).toEqual(wrongBody);
    });

    it('a body without a password is 400 invalid_input naming it', async () => {
      const response = await postLogin(app.url, { email: member.email });
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: 'invalid_input', field: 'password' });
    });

    it('is refused from another site, like every state-changing request', async () => {
      const response = await postLogin(
        app.url,
        { email: member.email, password: TEAM_PASSWORD },
        { origin: 'https://attacker.example' },
      );
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('cross_site');
      expect(response.headers.getSetCookie()).toEqual([]);
    });
  });

  describe('without a sign-in', () => {
    it.each([
      ['GET', '/api/models'],
      ['GET', '/api/sessions'],
      ['GET', '/api/sessions/export'],
      ['GET', '/api/sessions/some-id'],
      ['DELETE', '/api/sessions'],
      ['POST', '/api/sessions/import'],
      ['POST', '/api/estimate'],
      ['POST', '/api/generations'],
      ['POST', '/api/practice'],
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/logout'],
      ['POST', '/api/auth/password'],
      ['GET', '/api/admin/users'],
      ['GET', '/api/no-such-endpoint'],
      ['GET', '/%61pi/sessions'],
    ])('%s %s: 401 unauthenticated', async (method, path) => {
      const response = await anonymous()(path, { method, ...(method === 'POST' ? { json: generationBody() } : {}) });
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatchObject({
        code: 'unauthenticated',
        message: expect.stringContaining('Sign in'),
      });
    });

    it('a forged or stale cookie, or the ignored APP_TOKEN, opens nothing (and a bad cookie is cleared)', async () => {
      const attempts: Array<Record<string, string>> = [
        { cookie: `interview_prep_session=${'A'.repeat(43)}` },
        { cookie: 'interview_prep_session=' },
        { authorization: `Bearer ${APP_TOKEN}` },
        { cookie: `interview_prep_access=${APP_TOKEN}` },
      ];
      for (const headers of attempts) {
        const response = await anonymous()('/api/sessions', { headers });
        expect(response.status, JSON.stringify(headers)).toBe(401);
      }
      const stale = await anonymous()('/api/sessions', {
        headers: { cookie: `interview_prep_session=${'A'.repeat(43)}` },
      });
      expect(stale.headers.getSetCookie()[0]).toMatch(/^interview_prep_session=;.*Expires=Thu, 01 Jan 1970/);
      expect(app.fake.requests).toHaveLength(0);
    });

    it('health, ready and the public configuration answer; the spending only once signed in', async () => {
      expect(await (await anonymous()('/api/health')).json()).toEqual({ status: 'ok', database: 'ok' });
      const ready = await anonymous()('/api/ready');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
      const open = PublicConfigSchema.parse(await (await anonymous()('/api/config')).json());
      expect(open).toMatchObject({ mode: 'team', access: { tokenRequired: false, granted: false }, budgets: null });
      const signedIn = PublicConfigSchema.parse(
        await (await asUser(app.url, await signIn(app.url, member))('/api/config')).json(),
      );
      expect(signedIn.access.granted).toBe(true);
      expect(signedIn.budgets).toMatchObject({ perDayUsd: 5, spentTodayUsd: 0 });
    });

    it('the web client itself loads (it will ask for the sign-in)', async () => {
      const page = await anonymous()('/');
      expect(page.status).toBe(200);
    });
  });

  describe('sign-out and disabled accounts', () => {
    it('POST /api/auth/logout ends the session: the cookie opens nothing afterwards, even if kept', async () => {
      const cookie = await signIn(app.url, member);
      const other = await signIn(app.url, member);
      const user = asUser(app.url, cookie);
      expect((await user('/api/sessions')).status).toBe(200);
      const logout = await user('/api/auth/logout', { method: 'POST' });
      expect(logout.status).toBe(204);
      expect(logout.headers.getSetCookie()[0]).toMatch(/^interview_prep_session=;/);
      expect((await user('/api/sessions')).status).toBe(401);
      expect((await user('/api/auth/me')).status).toBe(401);
      // Another browser of the same account stays signed in.
      expect((await asUser(app.url, other)('/api/sessions')).status).toBe(200);
    });

    it('a disabled user is locked out at once, cannot sign in again, and can once enabled', async () => {
      const carol = await addAccount(app, 'carol@example.com');
      const carolCookie = await signIn(app.url, carol);
      const asAdmin = asUser(app.url, await signIn(app.url, admin));
      expect((await asUser(app.url, carolCookie)('/api/sessions')).status).toBe(200);

      const disabled = await asAdmin(`/api/admin/users/${carol.id}`, { method: 'PATCH', json: { disabled: true } });
      expect(disabled.status).toBe(200);
      expect(AdminUserSchema.parse(await disabled.json())).toMatchObject({ id: carol.id, disabled: true });
      expect((await asUser(app.url, carolCookie)('/api/sessions')).status).toBe(401);
      const refused = await postLogin(app.url, { email: carol.email, password: carol.password });
      expect(refused.status).toBe(403);
      expect((await refused.json()).error).toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/disabled/),
      });
      expect(refused.headers.getSetCookie()).toEqual([]);
      // A wrong password still says only that: being disabled is told to whoever knows the password.
      expect((await postLogin(app.url, { email: carol.email, password: 'wrong password!' })).status).toBe(401);

      await asAdmin(`/api/admin/users/${carol.id}`, { method: 'PATCH', json: { disabled: false } });
      expect((await asUser(app.url, carolCookie)('/api/sessions')).status).toBe(401);
      expect((await asUser(app.url, await signIn(app.url, carol))('/api/sessions')).status).toBe(200);
    });
  });

  describe('the admin API', () => {
    it('refuses a non-admin with 403 forbidden, whatever the body, and changes nothing', async () => {
      const asMember = asUser(app.url, await signIn(app.url, member));
      const before = await app.services.users.listUsers();
      const attempts = [
        asMember('/api/admin/users'),
        asMember('/api/admin/users', {
          method: 'POST',
          json: { email: 'sneaky@example.com', password: TEAM_PASSWORD, admin: true },
        }),
        asMember('/api/admin/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
        asMember(`/api/admin/users/${admin.id}`, { method: 'PATCH', json: { disabled: true } }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.status).toBe(403);
        expect((await response.json()).error).toMatchObject({
          code: 'forbidden',
          message: expect.stringContaining('administrator'),
        });
      }
      expect(await app.services.users.listUsers()).toEqual(before);
    });

    it('lets an admin list accounts with their spending, add one, and refuses bad requests', async () => {
      const memberCookie = await signIn(app.url, member);
      await generateSession(app.url, {}, { cookie: memberCookie });
      const asAdmin = asUser(app.url, await signIn(app.url, admin));

      const list = AdminUserListSchema.parse(await (await asAdmin('/api/admin/users')).json());
      const memberEntry = list.users.find((user) => user.id === member.id);
      expect(memberEntry).toMatchObject({ email: 'Member@Example.com', admin: false, disabled: false });
      expect(memberEntry!.spentTodayMicroUsd).toBeGreaterThan(0);
      expect(memberEntry!.spentThisMonthMicroUsd).toBeGreaterThanOrEqual(memberEntry!.spentTodayMicroUsd);
      expect(list.users.find((user) => user.id === admin.id)?.spentTodayMicroUsd).toBe(0);

      const created = await asAdmin('/api/admin/users', {
        method: 'POST',
        json: { email: 'dana@example.com', password: 'dana has a long password' },
      });
      expect(created.status).toBe(201);
      const dana = AdminUserSchema.strict().parse(await created.json());
      expect(dana).toMatchObject({ email: 'dana@example.com', admin: false, disabled: false, spentTodayMicroUsd: 0 });
      await signIn(app.url, { email: 'dana@example.com', password: 'dana has a long password' });

      const duplicate = await asAdmin('/api/admin/users', {
        method: 'POST',
        json: { email: 'DANA@example.com', password: 'another long password' },
      });
      expect(duplicate.status).toBe(400);
      expect((await duplicate.json()).error).toMatchObject({ code: 'invalid_input', field: 'email' });
      const short = await asAdmin('/api/admin/users', {
        method: 'POST',
        json: { email: 'erin@example.com', password: 'too short' },
      });
      expect(short.status).toBe(400);
      expect((await short.json()).error).toMatchObject({ field: 'password', message: expect.stringMatching(/12/) });
      const unknown = await asAdmin('/api/admin/users/no-such-user', { method: 'PATCH', json: { disabled: true } });
      expect(unknown.status).toBe(404);
      const self = await asAdmin(`/api/admin/users/${admin.id}`, { method: 'PATCH', json: { disabled: true } });
      expect(self.status).toBe(400);
      const badBody = await asAdmin(`/api/admin/users/${dana.id}`, { method: 'PATCH', json: { disabled: 'yes' } });
      expect(badBody.status).toBe(400);
    });
  });

  it('changes a password once the current one is confirmed, ending the other sign-ins of that account only', async () => {
    const account = await addAccount(app, 'changer@example.com');
    const [laptop, phone] = [await signIn(app.url, account), await signIn(app.url, account)];
    const otherAccount = await signIn(app.url, member);
    const change = (cookie: string, body: unknown) =>
      asUser(app.url, cookie)('/api/auth/password', { method: 'POST', json: body });
    const newPassword = 'a brand new passphrase';

    const wrong = await change(laptop, { currentPassword: 'not it at all', newPassword });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatchObject({ code: 'invalid_input', field: 'currentPassword' });
    const short = await change(laptop, { currentPassword: account.password, newPassword: 'short' });
    expect((await short.json()).error).toMatchObject({ code: 'invalid_input', field: 'newPassword' });

    expect((await change(laptop, { currentPassword: account.password, newPassword })).status).toBe(204);
    expect((await asUser(app.url, laptop)('/api/auth/me')).status).toBe(200);
    expect((await asUser(app.url, phone)('/api/auth/me')).status).toBe(401);
    expect((await asUser(app.url, otherAccount)('/api/auth/me')).status).toBe(200);
    expect((await postLogin(app.url, { email: account.email, password: account.password })).status).toBe(401);
    await signIn(app.url, { email: account.email, password: newPassword });
  }, 60_000);

  it('slows password guessing: the 11th attempt in 15 minutes for one email is 429 rate_limited', async () => {
    const target = await addAccount(app, 'target@example.com');
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await postLogin(app.url, { email: target.email, password: `guess number ${attempt}` })).status).toBe(401);
    }
    const limited = await postLogin(app.url, { email: target.email, password: target.password });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await limited.json()).error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/sign-in/),
    });
    // Other accounts sign in as before.
    await signIn(app.url, member);
    // Twelve memory-hard hashes: slow on purpose, slower still on a loaded machine.
  }, 60_000);

  it('the cookie is Secure when PUBLIC_URL is https', async () => {
    const secured = await startTeamApp(databaseUrl, {
      fake: app.fake,
      env: { PUBLIC_URL: 'https://prep.example.com' },
    });
    try {
      const response = await postLogin(secured.url, member, { origin: 'https://prep.example.com' });
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
    } finally {
      await secured.close();
    }
  });
});
