import type { Database, Transaction } from 'better-sqlite3';

type AnyTransaction = Transaction<(...args: never[]) => unknown>;

/**
 * Runs write transactions of bookkeeping (rate-limit hits, spending, the progress of running
 * generations) with `synchronous = NORMAL` instead of the database's FULL: under WAL the commit is
 * in the WAL file (the OS page cache) when it returns, so a killed process loses nothing, but it is
 * not fsynced until the next FULL commit or checkpoint, so a power loss may lose the last few. An
 * fsync costs 0.2-5 ms of the main thread; a request or a progress tick must not wait for one. The
 * sessions a user was told are saved (`done`) and practice attempts keep their fsync.
 */
export function createRelaxedCommit(db: Database) {
  const level = db.pragma('synchronous', { simple: true }) as number;
  const relax = db.prepare('PRAGMA synchronous = NORMAL');
  const restore = db.prepare(`PRAGMA synchronous = ${level}`);
  return function commitRelaxed<T extends AnyTransaction>(transaction: T, ...args: Parameters<T>): ReturnType<T> {
    relax.run();
    try {
      return transaction.immediate(...args) as ReturnType<T>;
    } finally {
      restore.run();
    }
  };
}
