import type pg from 'pg';
import { assertOrdered, type MigrateResult } from '../../migrations/migrate.js';
import type { PostgresMigration } from './postgres-migration.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';

/** The one-key advisory lock every instance takes to migrate; the stores' locks use two keys. */
const MIGRATION_LOCK = 'interview-prep schema migrations';

/**
 * Applies the pending migrations, each in its own transaction with its row in `schema_migrations`,
 * under a session-level advisory lock: instances starting at once migrate one after the other, and
 * the later ones find nothing left to do. Throws when the database was migrated by a newer app.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<MigrateResult> {
  assertOrdered(migrations);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const result = await applyPending(client, migrations);
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]);
    client.release();
    return result;
  } catch (error) {
    // Closing the connection also releases the lock, whatever state the session is in.
    client.release(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

/** The highest version recorded in `schema_migrations` (0 before the first migration). */
export async function readPostgresSchemaVersion(client: pg.Pool | pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS exists",
  );
  if (!rows[0]?.exists) return 0;
  const versions = await client.query<{ version: number }>(
    'SELECT coalesce(max(version), 0) AS version FROM schema_migrations',
  );
  return versions.rows[0]?.version ?? 0;
}

async function applyPending(client: pg.PoolClient, migrations: readonly PostgresMigration[]): Promise<MigrateResult> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const fromVersion = await readPostgresSchemaVersion(client);
  const latest = migrations.at(-1)?.version ?? 0;
  if (fromVersion > latest) {
    throw new Error(
      `The database is at schema version ${fromVersion}, newer than this app knows (${latest}). ` +
        'Update the app, or point DATABASE_URL at another database.',
    );
  }
  const applied: string[] = [];
  for (const migration of migrations.filter(({ version }) => version > fromVersion)) {
    await applyOne(client, migration);
    applied.push(`${migration.version}: ${migration.name}`);
  }
  return { fromVersion, toVersion: await readPostgresSchemaVersion(client), applied };
}

async function applyOne(client: pg.PoolClient, migration: PostgresMigration): Promise<void> {
  await client.query('BEGIN');
  try {
    await migration.up(client);
    await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
