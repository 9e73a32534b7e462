import type { Database } from 'better-sqlite3';
import { createRateLimitStore } from '../create-rate-limit-store.js';
import { createSpendStore } from '../create-spend-store.js';
import { createSqlitePracticeStore } from '../create-sqlite-practice-store.js';
import { createSqliteSessionStore } from '../create-sqlite-session-store.js';
import { createSqliteUserStore } from '../create-sqlite-user-store.js';
import { openDatabase } from '../open-database.js';
import { createTempDir } from '../testing/create-temp-dir.js';
import type { ContractDatabase, ContractStores } from './contract-database.js';
import { describeStoreContracts } from './describe-store-contracts.js';

function storesOn(db: Database): ContractStores {
  return {
    openSessionStore: async (options) => createSqliteSessionStore(db, options),
    practiceStore: (options) => createSqlitePracticeStore(db, options),
    rateLimitStore: () => createRateLimitStore(db),
    spendStore: () => createSpendStore(db),
    userStore: (options) => createSqliteUserStore(db, options),
  };
}

/** A database file in a temp dir; each connection is another openDatabase() of it. */
async function openSqliteDatabase(): Promise<ContractDatabase> {
  const temp = createTempDir();
  const connections: Database[] = [];
  const connect = () => {
    const db = openDatabase({ dataDir: temp.dir });
    connections.push(db);
    return db;
  };
  const db = connect();
  return {
    ...storesOn(db),
    select: async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
    async damage(table, id) {
      db.prepare(`UPDATE ${table} SET data = json_set(data, '$.status', 'exploded') WHERE id = ?`).run(id);
    },
    connectAgain: async () => storesOn(connect()),
    async close() {
      for (const connection of connections) connection.close();
      temp.remove();
    },
  };
}

describeStoreContracts({ name: 'SQLite', open: openSqliteDatabase });
