/** The accounts of the team section: an administrator from the command line, the others through the admin API. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { repositoryRoot, type AppProcess } from './processes.js';

const PASSWORD = 'bench password, long enough';
const ACCOUNTS_AT_ONCE = 4;

/** A signed-in account: its cookie pair (`name=value`), as a browser sends it back. */
export type TeamAccount = { email: string; cookie: string };

/** `interview-prep users add EMAIL --admin` from the build, the password on stdin, as README's step 3. */
function addAdministrator(databaseUrl: string, email: string): void {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  try {
    const result = spawnSync(process.execPath, ['dist/node/cli/main.js', 'users', 'add', email, '--admin'], {
      cwd: repositoryRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: os.tmpdir(),
        MODE: 'team',
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
      },
      input: `${PASSWORD}\n`,
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (result.status !== 0) throw new Error(`users add failed (${result.status}): ${result.stderr}`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** POST /api/auth/login; the cookie it sets. */
async function signIn(app: AppProcess, email: string): Promise<string> {
  const response = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!response.ok || !cookie)
    throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return cookie;
}

async function addUser(app: AppProcess, adminCookie: string, email: string): Promise<void> {
  const response = await fetch(`${app.url}/api/admin/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: adminCookie },
    body: JSON.stringify({ email, password: PASSWORD, admin: false }),
  });
  if (response.status !== 201) throw new Error(`adding ${email} failed: ${response.status} ${await response.text()}`);
}

/**
 * `count` signed-in accounts (the administrator first), account k added and signed in on instance
 * k % 2 (a sign-in works on both: the session is in the database), a few at once: each sign-in
 * hashes its password with scrypt, two at a time per instance.
 */
export async function createTeamAccounts(
  databaseUrl: string,
  instances: readonly AppProcess[],
  count: number,
): Promise<TeamAccount[]> {
  const emailOf = (index: number) => (index === 0 ? 'admin@bench.example' : `user-${index}@bench.example`);
  addAdministrator(databaseUrl, emailOf(0));
  const adminCookie = await signIn(instances[0]!, emailOf(0));
  const limit = pLimit(ACCOUNTS_AT_ONCE);
  const others = await Promise.all(
    Array.from({ length: count - 1 }, (_unused, offset) =>
      limit(async (): Promise<TeamAccount> => {
        const email = emailOf(offset + 1);
        const instance = instances[(offset + 1) % instances.length]!;
        await addUser(instance, adminCookie, email);
        return { email, cookie: await signIn(instance, email) };
      }),
    ),
  );
  return [{ email: emailOf(0), cookie: adminCookie }, ...others];
}
