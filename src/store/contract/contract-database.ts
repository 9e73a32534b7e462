import { afterEach, beforeEach } from 'vitest';
import type { PracticeStore, RateLimitStore, SessionStore, SpendStore, UserStore } from '../../app/ports.js';
import type { StoreLogger } from '../store-logger.js';

export const ALICE = { ownerId: 'alice' };
export const BOB = { ownerId: 'bob' };

export type SessionStoreOptions = { historyLimit: number; logger?: StoreLogger; now?: () => number };

/** The stores of one engine on one database. */
export type ContractStores = {
  /** A session store as the engine opens it (which dates sessions from the future now). */
  openSessionStore(options: SessionStoreOptions): Promise<SessionStore>;
  practiceStore(options?: { logger?: StoreLogger; now?: () => number }): PracticeStore;
  rateLimitStore(): RateLimitStore;
  spendStore(): SpendStore;
  userStore(options?: { now?: () => number }): UserStore;
};

/** A fresh, migrated database of one engine, for one test. */
export type ContractDatabase = ContractStores & {
  /** The rows of a parameterless SELECT that both engines understand. */
  select(sql: string): Promise<Record<string, unknown>[]>;
  /** Gives the stored JSON of a session or an attempt an unknown status, so that it no longer reads. */
  damage(table: 'sessions' | 'practice_attempts', id: string): Promise<void>;
  /** The same database through a new connection (a pool), as another process or instance sees it. */
  connectAgain(): Promise<ContractStores>;
  /** Closes every connection it opened (the engine's teardown removes the files). */
  close(): Promise<void>;
};

/** What a contract suite runs against. */
export type ContractEngine = { name: string; open(): Promise<ContractDatabase> };

/** A fresh database of the engine for each test of the calling `describe`, closed after it. */
export function useContractDatabase(engine: ContractEngine): () => ContractDatabase {
  let database: ContractDatabase | undefined;
  beforeEach(async () => {
    database = await engine.open();
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });
  return () => {
    if (database === undefined) throw new Error('The contract database is opened before each test only.');
    return database;
  };
}

/** `count(*)` of a table, as both engines return it. */
export async function countRows(database: ContractDatabase, table: string): Promise<number> {
  const [row] = await database.select(`SELECT count(*) AS count FROM ${table}`);
  return Number(row?.count);
}
