import type pg from 'pg';
import { describe } from 'vitest';
import { postgresAvailable, usePostgresCluster, type PostgresCluster } from '../../../test/support/postgres-cluster.js';
import { createPostgresPool } from '../postgres/create-postgres-pool.js';
import { createPostgresPracticeStore } from '../postgres/create-postgres-practice-store.js';
import { createPostgresRateLimitStore } from '../postgres/create-postgres-rate-limit-store.js';
import { createPostgresSessionStore } from '../postgres/create-postgres-session-store.js';
import { createPostgresSpendStore } from '../postgres/create-postgres-spend-store.js';
import { createPostgresUserStore } from '../postgres/create-postgres-user-store.js';
import { migratePostgres } from '../postgres/migrations/migrate-postgres.js';
import { redateFutureSessions } from '../postgres/redate-future-sessions.js';
import type { ContractDatabase, ContractEngine, ContractStores } from './contract-database.js';
import { describeStoreContracts } from './describe-store-contracts.js';

function storesOn(pool: pg.Pool): ContractStores {
  return {
    async openSessionStore(options) {
      // As openPostgresStores does on start-up.
      await redateFutureSessions(pool, (options.now ?? Date.now)(), options.logger);
      return createPostgresSessionStore(pool, options);
    },
    practiceStore: (options) => createPostgresPracticeStore(pool, options),
    rateLimitStore: () => createPostgresRateLimitStore(pool),
    spendStore: () => createPostgresSpendStore(pool),
    userStore: (options) => createPostgresUserStore(pool, options),
  };
}

/** A migrated database to copy for each test (faster than migrating each). */
async function createMigratedTemplate(cluster: PostgresCluster): Promise<string> {
  const url = await cluster.createDatabase();
  const pool = createPostgresPool(url);
  try {
    await migratePostgres(pool);
  } finally {
    await pool.end();
  }
  return url;
}

/** A fresh database of the cluster for each test; each connection is another pool on it. */
function postgresEngine(cluster: () => PostgresCluster): ContractEngine {
  let template: Promise<string> | undefined;
  return {
    name: 'PostgreSQL',
    async open(): Promise<ContractDatabase> {
      template ??= createMigratedTemplate(cluster());
      const url = await cluster().createDatabase({ copyOf: await template });
      const pools: pg.Pool[] = [];
      const connect = () => {
        const pool = createPostgresPool(url);
        pools.push(pool);
        return pool;
      };
      const pool = connect();
      return {
        ...storesOn(pool),
        select: async (sql) => (await pool.query(sql)).rows,
        async damage(table, id) {
          await pool.query(
            `UPDATE ${table} SET data = jsonb_set(data::jsonb, '{status}', '"exploded"')::json WHERE id = $1`,
            [id],
          );
        },
        connectAgain: async () => storesOn(connect()),
        async close() {
          await Promise.all(pools.map((each) => each.end()));
        },
      };
    },
  };
}

describe.skipIf(!postgresAvailable())('the PostgreSQL stores', () => {
  const cluster = usePostgresCluster();
  describeStoreContracts(postgresEngine(cluster));
});
