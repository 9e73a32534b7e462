import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/app/accounts/hash-password.js';
import { createSqliteUserStore } from '../../src/store/create-sqlite-user-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import { startTeamApp, postLogin } from '../support/team-app.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'a password of some length';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `interview-prep users ...` from the sources with only this environment, `input` on stdin. */
function runCli(args: string[], env: Record<string, string>, input: string): Promise<CliResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repositoryRoot, 'src/cli/main.ts'), ...args], {
    cwd: repositoryRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? os.tmpdir(), LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-cli-users-'));
});
afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));

describe('interview-prep users add on SQLite (DATA_DIR)', () => {
  it('reads the password from the first line of stdin, stores its hash and prints the new id', async () => {
    const sqliteDir = path.join(dataDir, 'sqlite');
    const result = await runCli(['users', 'add', 'kim@example.com'], { DATA_DIR: sqliteDir }, `${PASSWORD}\nignored\n`);
    expect(result.stderr).toContain('Added kim@example.com as a user in the SQLite database');
    expect(result.code).toBe(0);
    const id = result.stdout.trim();
    expect(id).toMatch(UUID);
    const database = openDatabase({ dataDir: sqliteDir });
    try {
      const user = await createSqliteUserStore(database).findUserByEmail('KIM@example.com');
      expect(user).toMatchObject({ id, email: 'kim@example.com', admin: false, disabled: false });
      expect(await verifyPassword(PASSWORD, user!.passwordHash)).toBe(true);
      expect(await verifyPassword(`${PASSWORD}\nignored`, user!.passwordHash)).toBe(false);
    } finally {
      database.close();
    }
  });

  it('refuses a password under 12 characters, or none, with a message (exit 2), creating nothing', async () => {
    const sqliteDir = path.join(dataDir, 'refused');
    for (const input of ['eleven char\n', '', '\n']) {
      const result = await runCli(['users', 'add', 'lee@example.com'], { DATA_DIR: sqliteDir }, input);
      expect(result.code, JSON.stringify(input)).toBe(2);
      expect(result.stderr).toMatch(/error: The password must have at least 12 characters \(it has \d+\)/);
      expect(result.stdout).toBe('');
    }
    const badEmail = await runCli(['users', 'add', 'not-an-email'], { DATA_DIR: sqliteDir }, `${PASSWORD}\n`);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain('EMAIL: Enter a valid email address');
    const database = openDatabase({ dataDir: sqliteDir });
    try {
      expect(await createSqliteUserStore(database).listUsers()).toEqual([]);
    } finally {
      database.close();
    }
  });
});

it('in team mode the history and generation commands refuse to run as nobody (exit 1), before any database', async () => {
  const env = {
    DATA_DIR: path.join(dataDir, 'team-history'),
    MODE: 'team',
    DATABASE_URL: 'postgres://prep@127.0.0.1:1/prep',
  };
  for (const args of [
    ['sessions', 'list'],
    ['sessions', 'show', 'abc'],
    ['sessions', 'export', 'abc'],
  ]) {
    const result = await runCli(args, env, '');
    expect(result.code, args.join(' ')).toBe(1);
    expect(result.stderr).toContain(`interview-prep ${args.slice(0, 2).join(' ')} works in single-user mode only`);
  }
});

describe.skipIf(!postgresAvailable())('interview-prep users add on PostgreSQL (DATABASE_URL)', () => {
  const cluster = usePostgresCluster();

  it('adds an admin who can then sign in to the team server; an email taken in any case is refused (exit 1)', async () => {
    const databaseUrl = await cluster().createDatabase();
    const env = { DATA_DIR: path.join(dataDir, 'team'), DATABASE_URL: databaseUrl, MODE: 'team' };
    const added = await runCli(['users', 'add', 'Admin@Example.com', '--admin'], env, `${PASSWORD}\r\n`);
    expect(added.stderr).toContain('Added Admin@Example.com as an administrator in the PostgreSQL database');
    expect(added.code).toBe(0);
    expect(added.stdout.trim()).toMatch(UUID);

    const taken = await runCli(['users', 'add', 'admin@example.com'], env, `${PASSWORD}\n`);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('error: An account with this email already exists.');
    expect(taken.stdout).toBe('');

    const app = await startTeamApp(databaseUrl);
    try {
      const response = await postLogin(app.url, { email: 'admin@example.com', password: PASSWORD });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ email: 'Admin@Example.com', admin: true });
      const users = await app.services.users.listUsers();
      expect(users.map((user) => user.id)).toEqual([added.stdout.trim()]);
    } finally {
      await app.close();
    }
  });

  it('says why when the database cannot be reached, without its password', async () => {
    const env = {
      DATA_DIR: path.join(dataDir, 'unreachable'),
      DATABASE_URL: 'postgres://prep:hunter2-secret@127.0.0.1:1/prep',
    };
    const result = await runCli(['users', 'add', 'sam@example.com'], env, `${PASSWORD}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Could not open the PostgreSQL database postgres://prep@127.0.0.1:1/prep');
    expect(result.stderr).not.toContain('hunter2-secret');
  });
});
