import { mkdirSync } from 'node:fs';
import path from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { migrate } from './migrations/migrate.js';

export const DATABASE_FILE_NAME = 'interview-prep.sqlite';
/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

export type OpenDatabaseOptions = { dataDir: string } | { filename: string };

/**
 * Opens the app's SQLite database (`<dataDir>/interview-prep.sqlite`, creating the folder),
 * configures it for durability and applies pending migrations. The caller closes it.
 */
export function openDatabase(options: OpenDatabaseOptions): Database {
  if ('dataDir' in options) mkdirSync(options.dataDir, { recursive: true });
  const filename = 'filename' in options ? options.filename : databasePath(options.dataDir);
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

/** Where the database file lives inside DATA_DIR. */
export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}
