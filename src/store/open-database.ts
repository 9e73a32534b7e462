import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { migrate } from './migrations/migrate.js';

export const DATABASE_FILE_NAME = 'interview-prep.sqlite';
/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

export type OpenDatabaseOptions = { dataDir: string } | { filename: string };

/** Owner only: the database holds every job description and generated session. */
const PRIVATE_DIRECTORY_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

/**
 * Opens the app's SQLite database (`<dataDir>/interview-prep.sqlite`, creating the folder),
 * configures it for durability and applies pending migrations. The caller closes it. A folder it
 * creates is owner-only (0700), and so is the database file (0600; SQLite gives its -wal and
 * -shm files the same mode).
 */
export function openDatabase(options: OpenDatabaseOptions): Database {
  if ('dataDir' in options) mkdirSync(options.dataDir, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  const filename = 'filename' in options ? options.filename : databasePath(options.dataDir);
  if (filename !== ':memory:') makePrivate(filename);
  const db = new DatabaseConstructor(filename);
  try {
    db.pragma('journal_mode = WAL');
    // Under WAL, NORMAL already survives a killed process: a commit is in the WAL file (the OS
    // page cache) before it returns. It does not survive an OS crash or power loss, because the
    // WAL is only fsynced at checkpoints. FULL fsyncs the WAL on every commit, so a session whose
    // `done` event was sent is on the disk itself. It costs one fsync per save: a few per generation.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Creates the database file owner-only before SQLite does, and tightens the files an older version left readable. */
function makePrivate(filename: string): void {
  closeSync(openSync(filename, 'a', PRIVATE_FILE_MODE));
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
  }
}

/** Where the database file lives inside DATA_DIR. */
export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}
