import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER } from '../app/ports.js';
import { createSqliteSessionStore } from './create-sqlite-session-store.js';
import { DATABASE_FILE_NAME, openDatabase } from './open-database.js';
import { createTempDir } from './testing/create-temp-dir.js';
import { createTestAttempt, createTestThread } from './testing/create-test-attempt.js';
import { createTestSession } from './testing/create-test-session.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const moduleUrl = (relative: string) => new URL(relative, import.meta.url).href;

/** Saves sessions and a practice attempt the way the server does before sending `done`, says so, then idles until killed. */
const CHILD_SCRIPT = `
import { openDatabase } from '${moduleUrl('./open-database.ts')}';
import { createSqliteSessionStore } from '${moduleUrl('./create-sqlite-session-store.ts')}';
import { createSqlitePracticeStore } from '${moduleUrl('./create-sqlite-practice-store.ts')}';
import { createTestSession } from '${moduleUrl('./testing/create-test-session.ts')}';
import { createTestAttempt, TEST_THREAD_ID } from '${moduleUrl('./testing/create-test-attempt.ts')}';

const db = openDatabase({ dataDir: process.argv[2] });
const store = createSqliteSessionStore(db, { historyLimit: 10 });
for (const id of ['first', 'second', 'last-before-kill']) await store.saveSession({ ownerId: 'local' }, createTestSession({ id }));
const place = { sessionId: 'last-before-kill', threadId: TEST_THREAD_ID, questionIndex: 0 };
await createSqlitePracticeStore(db).saveAttempt({ ownerId: 'local' }, place, 'coach', createTestAttempt());
process.stdout.write('saved\\n');
setInterval(() => {}, 60_000);
`;

/** Runs the script and kills it with SIGKILL as soon as it prints "saved". */
function runAndKillAfterSave(scriptPath: string, dataDir: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', scriptPath, dataDir], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('saved\n')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(signal);
      else reject(new Error(`The child exited with code ${code} before it was killed.\n${stderr}`));
    });
  });
}

describe('session store durability', () => {
  let temp: ReturnType<typeof createTempDir>;

  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => {
    temp.remove();
  });

  it('keeps a saved session and its attempt when the process is killed with SIGKILL right after saving', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const scriptPath = path.join(temp.dir, 'save-then-wait.mts');
    writeFileSync(scriptPath, CHILD_SCRIPT);

    expect(await runAndKillAfterSave(scriptPath, dataDir)).toBe('SIGKILL');
    // The commits sit in the WAL, never checkpointed: reopening must recover them from it.
    expect(statSync(path.join(dataDir, `${DATABASE_FILE_NAME}-wal`)).size).toBeGreaterThan(0);

    const db = openDatabase({ dataDir });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const store = createSqliteSessionStore(db, { historyLimit: 10 });
      expect(await store.findSession(LOCAL_OWNER, 'last-before-kill')).toEqual(
        createTestSession({ id: 'last-before-kill', practice: [createTestThread([createTestAttempt()])] }),
      );
      expect((await store.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual([
        'last-before-kill',
        'second',
        'first',
      ]);
    } finally {
      db.close();
    }
  });
});
