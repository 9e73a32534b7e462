import path from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER } from '../../app/ports.js';
import { createSqliteSessionStore } from '../create-sqlite-session-store.js';
import { createTestSession } from '../testing/create-test-session.js';
import { createTempDir } from '../testing/create-temp-dir.js';
import type { Migration } from './migration.js';
import { migrate, readSchemaVersion } from './migrate.js';
import { MIGRATIONS } from './migrations.js';

const LATEST = MIGRATIONS.length;

/** Tables, indexes and their SQL: what a migration path must end with. */
function schemaOf(db: Database): unknown[] {
  return db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
}

describe('migrate', () => {
  let temp: ReturnType<typeof createTempDir>;
  const opened: Database[] = [];
  function open(name = 'test.sqlite'): Database {
    const db = new DatabaseConstructor(path.join(temp.dir, name));
    opened.push(db);
    return db;
  }

  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
    temp.remove();
  });

  it('numbers the migrations 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('builds the whole schema on an empty database', () => {
    const db = open();
    const result = migrate(db);
    expect(result).toMatchObject({ fromVersion: 0, toVersion: LATEST });
    expect(result.applied).toHaveLength(LATEST);
    expect(readSchemaVersion(db)).toBe(LATEST);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it.each(Array.from({ length: LATEST }, (_, version) => version))(
    'upgrades a database at version %i to the same schema as a fresh one',
    (startVersion) => {
      const fresh = open('fresh.sqlite');
      migrate(fresh);
      const old = open('old.sqlite');
      migrate(old, MIGRATIONS.slice(0, startVersion));
      expect(readSchemaVersion(old)).toBe(startVersion);

      const result = migrate(old);
      expect(result.fromVersion).toBe(startVersion);
      expect(result.applied).toHaveLength(LATEST - startVersion);
      expect(schemaOf(old)).toEqual(schemaOf(fresh));
      expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
    },
  );

  it('does nothing when the database is up to date', () => {
    const db = open();
    migrate(db);
    expect(migrate(db)).toEqual({ fromVersion: LATEST, toVersion: LATEST, applied: [] });
  });

  it('runs only the pending migration on upgrade and keeps the saved sessions', async () => {
    const db = open();
    migrate(db);
    await createSqliteSessionStore(db, { historyLimit: 10 }).saveSession(
      LOCAL_OWNER,
      createTestSession({ id: 'kept' }),
    );
    const next: Migration = {
      version: LATEST + 1,
      name: 'test: pinned sessions',
      up: (database) => database.exec('ALTER TABLE sessions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0'),
    };

    const result = migrate(db, [...MIGRATIONS, next]);

    expect(result).toEqual({
      fromVersion: LATEST,
      toVersion: LATEST + 1,
      applied: [`${LATEST + 1}: test: pinned sessions`],
    });
    const store = createSqliteSessionStore(db, { historyLimit: 10 });
    expect(await store.findSession(LOCAL_OWNER, 'kept')).toEqual(createTestSession({ id: 'kept' }));
    expect(db.prepare('SELECT pinned FROM sessions').pluck().all()).toEqual([0]);
  });

  it('rolls a failing migration back entirely and keeps the previous version', () => {
    const db = open();
    migrate(db);
    const broken: Migration = {
      version: LATEST + 1,
      name: 'test: fails half-way',
      up(database) {
        database.exec('CREATE TABLE half_done (value TEXT)');
        throw new Error('disk on fire');
      },
    };

    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('disk on fire');
    expect(readSchemaVersion(db)).toBe(LATEST);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
  });

  it('rejects a migration list with a gap or out of order', () => {
    const db = open();
    const skipping: Migration = { version: LATEST + 2, name: 'test: skips a version', up: () => {} };
    expect(() => migrate(db, [...MIGRATIONS, skipping])).toThrow(/expected/);
    expect(readSchemaVersion(db)).toBe(0);
  });

  it('refuses a database newer than the code', () => {
    const db = open();
    db.pragma(`user_version = ${LATEST + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this app knows/);
  });
});
