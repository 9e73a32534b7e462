/** A throwaway PostgreSQL server, without vitest: the tests and the benchmark (scripts/bench) start one. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Where Debian's packages install each major version (`<version>/bin`). */
export const POSTGRES_ROOT = '/usr/lib/postgresql';

export type PostgresCluster = {
  /** A new empty database, or a copy of one made here (`copyOf`, its URL; nobody may be connected to it), as a URL. */
  createDatabase(options?: { copyOf?: string }): Promise<string>;
  /** Stops the server at once and removes its files. */
  stop(): Promise<void>;
};

/** `/usr/lib/postgresql/<newest version>/bin` when it holds initdb and pg_ctl; null otherwise. */
export function findPostgresBinaries(): string | null {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a));
  const found = versions
    .map((version) => path.join(POSTGRES_ROOT, version, 'bin'))
    .find((bin) => existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl')));
  return found ?? null;
}

/**
 * Starts a throwaway PostgreSQL server for one test file (or one benchmark run): a temp data dir, listening on 127.0.0.1
 * only (a free port, its socket in the temp dir), trusting local connections, without fsync. Run as
 * root (the tests and the benchmark are), the server runs as the `postgres` user, since PostgreSQL refuses root.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBinaries();
  if (bin === null) throw new Error(`No PostgreSQL under ${POSTGRES_ROOT}.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'interview-prep-postgres-'));
  const dataDir = path.join(dir, 'data');
  const asServerUser = serverUser(dir);
  const run = (tool: string, args: string[]) => runTool(asServerUser, path.join(bin, tool), args);
  try {
    run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await startServer(run, dataDir, dir);
    const stopQuietly = () => {
      try {
        stopServer(run, dataDir);
      } catch {
        // Already stopped.
      }
    };
    // A test process that dies before its teardown still stops its server.
    process.once('exit', stopQuietly);
    return clusterOn(port, () => {
      process.off('exit', stopQuietly);
      stopQuietly();
      rmSync(dir, { recursive: true, force: true });
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

type RunTool = (tool: string, args: string[]) => void;

/** The prefix that runs a tool as `postgres` when we are root (after giving it the temp dir). */
function serverUser(dir: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  chownSync(dir, uid, gid);
  return ['runuser', '-u', 'postgres', '--'];
}

function runTool(prefix: string[], tool: string, args: string[]): void {
  const [command, ...rest] = [...prefix, tool, ...args];
  const result = spawnSync(command!, rest, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(tool)} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
  }
}

/** Starts the server on a free port; another test file may take the port first, so it tries again. */
async function startServer(run: RunTool, dataDir: string, socketDir: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${socketDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    try {
      run('pg_ctl', [
        'start',
        '-D',
        dataDir,
        '-l',
        path.join(socketDir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        settings,
      ]);
      return port;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Stops the server at once; `pg_ctl stop` fails only when it is not running. */
function stopServer(run: RunTool, dataDir: string): void {
  run('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate']);
}

function clusterOn(port: number, stop: () => void): PostgresCluster {
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let created = 0;
  return {
    async createDatabase(options = {}) {
      const name = `test_${++created}`;
      const admin = new pg.Client({ connectionString: urlOf('postgres') });
      await admin.connect();
      try {
        const template = options.copyOf === undefined ? '' : ` TEMPLATE ${new URL(options.copyOf).pathname.slice(1)}`;
        await admin.query(`CREATE DATABASE ${name}${template}`);
      } finally {
        await admin.end();
      }
      return urlOf(name);
    },
    async stop() {
      stop();
    },
  };
}
