import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER, type SessionStore } from '../app/ports.js';
import { createSessionId } from './create-session-id.js';
import { createSqliteSessionStore } from './create-sqlite-session-store.js';
import { openDatabase } from './open-database.js';
import { createTempDir } from './testing/create-temp-dir.js';
import { createTestSession } from './testing/create-test-session.js';

// What every SessionStore does is in contract/session-store.contract.ts, run on SQLite and
// PostgreSQL; this file holds what only the SQLite one does.
describe('createSqliteSessionStore', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database;
  let store: SessionStore;

  beforeEach(() => {
    temp = createTempDir();
    db = openDatabase({ dataDir: temp.dir });
    store = createSqliteSessionStore(db, { historyLimit: 10 });
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('keeps sessions across closing and reopening the database', async () => {
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: 'persisted' }));
    db.close();
    db = openDatabase({ dataDir: temp.dir });
    const reopened = createSqliteSessionStore(db, { historyLimit: 10 });
    expect(await reopened.findSession(LOCAL_OWNER, 'persisted')).toEqual(createTestSession({ id: 'persisted' }));
  });

  it('writes progress at synchronous = NORMAL and is back at FULL after', async () => {
    await store.saveProgress([
      { owner: LOCAL_OWNER, session: createTestSession({ id: 'running', status: 'partial' }) },
    ]);
    expect(await store.findSession(LOCAL_OWNER, 'running')).not.toBeNull();
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL, for the saves a user is told about
  });

  it('refuses a history limit below one', () => {
    expect(() => createSqliteSessionStore(db, { historyLimit: 0 })).toThrow(RangeError);
  });
});

describe('createSessionId', () => {
  it('makes distinct URL-safe ids', () => {
    const ids = Array.from({ length: 1000 }, createSessionId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(encodeURIComponent(id)).toBe(id);
  });
});
