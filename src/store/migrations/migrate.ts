import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations.js';

export type MigrateResult = { fromVersion: number; toVersion: number; applied: string[] };

/** The schema version recorded in the database file (0 for a new file). */
export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the pending migrations, each in its own transaction together with the new
 * `PRAGMA user_version`, so a failure leaves the database at the last version that succeeded.
 * Throws when the file was written by a newer version of the app.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): MigrateResult {
  assertOrdered(migrations);
  const fromVersion = readSchemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (fromVersion > latest) {
    throw new Error(
      `The database is at schema version ${fromVersion}, newer than this app knows (${latest}). ` +
        'Update the app, or point DATA_DIR at another folder.',
    );
  }
  const applied: string[] = [];
  for (const migration of migrations) {
    if (migration.version <= fromVersion) continue;
    const ran = db
      .transaction(() => {
        // Read again under the write lock: another process may have migrated meanwhile.
        if (readSchemaVersion(db) >= migration.version) return false;
        migration.up(db);
        // user_version lives in the file header, which SQLite writes inside this transaction.
        db.pragma(`user_version = ${migration.version}`);
        return true;
      })
      .immediate();
    if (ran) applied.push(`${migration.version}: ${migration.name}`);
  }
  return { fromVersion, toVersion: readSchemaVersion(db), applied };
}

/** Throws unless the versions are 1, 2, 3… in order (for both engines' migration lists). */
export function assertOrdered(migrations: ReadonlyArray<{ version: number; name: string }>): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}
