import { expect } from 'vitest';
import { startTestApp, type TestApp, type TestAppOptions } from './start-test-app.js';

/** A password long enough for an account (12 characters or more). */
export const TEAM_PASSWORD = 'correct horse battery staple';

export type TeamAccount = { id: string; email: string; password: string };

/** The real server in team mode on `databaseUrl` (PostgreSQL), on 127.0.0.1:0, as startTestApp starts it. */
export function startTeamApp(databaseUrl: string, options: TestAppOptions = {}): Promise<TestApp> {
  return startTestApp({ ...options, env: { MODE: 'team', DATABASE_URL: databaseUrl, ...options.env } });
}

/** Creates an account through the app's own use case, as `users add` does. */
export async function addAccount(app: TestApp, email: string, options: { admin?: boolean } = {}): Promise<TeamAccount> {
  const user = await app.services.users.addUser({ email, password: TEAM_PASSWORD, admin: options.admin ?? false });
  return { id: user.id, email, password: TEAM_PASSWORD };
}

/** POST /api/auth/login with JSON, as a script would. */
export function postLogin(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs in and returns the cookie pair (`name=value`) a browser would send back. */
export async function signIn(url: string, account: Pick<TeamAccount, 'email' | 'password'>): Promise<string> {
  const response = await postLogin(url, { email: account.email, password: account.password });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** fetch on the app with the sign-in cookie (none for null); a JSON body when `json` is given. */
export function asUser(url: string, cookie: string | null) {
  return (path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> => {
    const { json, headers, ...rest } = init;
    return fetch(`${url}${path}`, {
      ...rest,
      headers: {
        ...(cookie === null ? {} : { cookie }),
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        ...(headers as Record<string, string> | undefined),
      },
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
  };
}
