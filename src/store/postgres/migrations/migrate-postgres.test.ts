import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresAvailable, usePostgresCluster } from '../../../../test/support/postgres-cluster.js';
import { createPostgresPool } from '../create-postgres-pool.js';
import { migratePostgres, readPostgresSchemaVersion } from './migrate-postgres.js';
import type { PostgresMigration } from './postgres-migration.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';

const LATEST = POSTGRES_MIGRATIONS.length;

/** Columns, indexes and constraints: what a migration path must end with. */
async function schemaOf(pool: pg.Pool): Promise<unknown[]> {
  const columns = await pool.query(`
    SELECT table_name, column_name, data_type, is_nullable, column_default, collation_name
    FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`);
  const indexes = await pool.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
  const constraints = await pool.query(`
    SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace ORDER BY conname`);
  return [columns.rows, indexes.rows, constraints.rows];
}

describe.skipIf(!postgresAvailable())('migratePostgres', () => {
  const cluster = usePostgresCluster();
  const pools: pg.Pool[] = [];
  async function freshPool(): Promise<pg.Pool> {
    const pool = createPostgresPool(await cluster().createDatabase());
    pools.push(pool);
    return pool;
  }
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.end()));
  });

  it('numbers the migrations 1, 2, 3… in order', () => {
    expect(POSTGRES_MIGRATIONS.map((migration) => migration.version)).toEqual(
      POSTGRES_MIGRATIONS.map((_, index) => index + 1),
    );
  });

  it('builds the whole schema on an empty database and records each version', async () => {
    const pool = await freshPool();
    const result = await migratePostgres(pool);
    expect(result).toMatchObject({ fromVersion: 0, toVersion: LATEST });
    expect(result.applied).toHaveLength(LATEST);
    const recorded = await pool.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(recorded.rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it.each(Array.from({ length: LATEST }, (_, version) => version))(
    'upgrades a database at version %i to the same schema as a fresh one',
    async (startVersion) => {
      const fresh = await freshPool();
      await migratePostgres(fresh);
      const old = await freshPool();
      await migratePostgres(old, POSTGRES_MIGRATIONS.slice(0, startVersion));
      expect(await readPostgresSchemaVersion(old)).toBe(startVersion);

      const result = await migratePostgres(old);
      expect(result.fromVersion).toBe(startVersion);
      expect(result.applied).toHaveLength(LATEST - startVersion);
      expect(await schemaOf(old)).toEqual(await schemaOf(fresh));
    },
  );

  it('does nothing when the database is up to date', async () => {
    const pool = await freshPool();
    await migratePostgres(pool);
    expect(await migratePostgres(pool)).toEqual({ fromVersion: LATEST, toVersion: LATEST, applied: [] });
  });

  it('migrates once when several instances start at the same time', async () => {
    const url = await cluster().createDatabase();
    const instances = Array.from({ length: 4 }, () => createPostgresPool(url));
    pools.push(...instances);
    const results = await Promise.all(instances.map((pool) => migratePostgres(pool)));

    expect(results.map((result) => result.applied.length).sort()).toEqual([0, 0, 0, LATEST]);
    const recorded = await instances[0]!.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(recorded.rows.map((row) => row.version)).toEqual(POSTGRES_MIGRATIONS.map(({ version }) => version));
  });

  it('rolls a failing migration back entirely, keeps the previous version, and frees the lock', async () => {
    const pool = await freshPool();
    await migratePostgres(pool);
    const broken: PostgresMigration = {
      version: LATEST + 1,
      name: 'test: fails half-way',
      async up(client) {
        await client.query('CREATE TABLE half_done (value text)');
        throw new Error('disk on fire');
      },
    };

    await expect(migratePostgres(pool, [...POSTGRES_MIGRATIONS, broken])).rejects.toThrow('disk on fire');
    expect(await readPostgresSchemaVersion(pool)).toBe(LATEST);
    expect((await pool.query("SELECT to_regclass('half_done') AS found")).rows[0].found).toBeNull();
    expect(await migratePostgres(pool)).toMatchObject({ applied: [] });
  });

  it('rejects a migration list with a gap or out of order', async () => {
    const pool = await freshPool();
    const skipping: PostgresMigration = { version: LATEST + 2, name: 'test: skips a version', up: async () => {} };
    await expect(migratePostgres(pool, [...POSTGRES_MIGRATIONS, skipping])).rejects.toThrow(/expected/);
    expect(await readPostgresSchemaVersion(pool)).toBe(0);
  });

  it('refuses a database newer than the code', async () => {
    const pool = await freshPool();
    await migratePostgres(pool);
    await pool.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'from the future')", [LATEST + 1]);
    await expect(migratePostgres(pool)).rejects.toThrow(/newer than this app knows/);
  });
});
