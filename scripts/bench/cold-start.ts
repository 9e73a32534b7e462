/** Cold start of the built server: from spawn to the first 200 of /api/health. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from './processes.js';
import { median, round, sleep } from './statistics.js';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function once(upstreamURL: string): Promise<number> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cold-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/node/server/main.js'], {
    cwd: repositoryRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      OPENAI_BASE_URL: upstreamURL,
      OPENAI_API_KEY: 'sk-bench-0000000000000000',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - started > 15_000) throw new Error('no healthy /api/health within 15 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await sleep(5);
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Median and every run of `runs` cold starts, in ms. */
export async function measureColdStart(upstreamURL: string, runs: number) {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await once(upstreamURL));
  return {
    runs: times.map((time) => round(time)!),
    medianMs: round(median(times)),
    loadAverage: round(os.loadavg()[0]!, 2),
  };
}
