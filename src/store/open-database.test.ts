import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/migrations.js';
import { DATABASE_FILE_NAME, openDatabase } from './open-database.js';
import { createTempDir } from './testing/create-temp-dir.js';

describe('openDatabase', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database | undefined;

  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => {
    db?.close();
    db = undefined;
    temp.remove();
  });

  it('creates a missing DATA_DIR and the database file inside it', () => {
    const dataDir = path.join(temp.dir, 'nested', 'data');
    db = openDatabase({ dataDir });
    expect(db.name).toBe(path.join(dataDir, DATABASE_FILE_NAME));
    expect(existsSync(path.join(dataDir, DATABASE_FILE_NAME))).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('creates DATA_DIR and the database files for the owner only', () => {
    const mode = (file: string) => statSync(file).mode & 0o777;
    const dataDir = path.join(temp.dir, 'private', 'data');
    db = openDatabase({ dataDir });
    db.prepare('CREATE TABLE written (value)').run();
    expect(mode(dataDir)).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm'])
      expect(mode(path.join(dataDir, DATABASE_FILE_NAME + suffix))).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('tightens a database file an older version left readable by all', () => {
    const filename = path.join(temp.dir, DATABASE_FILE_NAME);
    writeFileSync(filename, '');
    chmodSync(filename, 0o644);
    db = openDatabase({ filename });
    expect(statSync(filename).mode & 0o777).toBe(0o600);
  });

  it('uses WAL, fsyncs every commit, enforces foreign keys and waits on locks', () => {
    db = openDatabase({ dataDir: temp.dir });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('applies every migration and leaves a sound file', () => {
    db = openDatabase({ filename: path.join(temp.dir, 'explicit.sqlite') });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['rate_limit_hits', 'sessions']));
  });

  it('opens an existing database again without migrating twice', () => {
    openDatabase({ dataDir: temp.dir }).close();
    db = openDatabase({ dataDir: temp.dir });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
  });

  it('refuses a database written by a newer version of the app', () => {
    const filename = path.join(temp.dir, 'future.sqlite');
    const future = openDatabase({ filename });
    future.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    future.close();
    expect(() => openDatabase({ filename })).toThrow(/newer than this app knows/);
  });
});
