import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from './config.js';
import { createLogger } from './create-logger.js';

const mode = (file: string) => statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('createLogger file modes', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'interview-prep-logger-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  function loggerFor(dataDir: string, rotation?: { size: string; files: number }) {
    const config = { dataDir, logLevel: 'info', openai: { apiKey: null } } as unknown as Config;
    return createLogger(config, { stdout: false, ...(rotation ? { rotation } : {}) });
  }

  it('creates DATA_DIR, its logs folder and app.log for the owner only', () => {
    const dataDir = path.join(temp, 'new', 'data');
    loggerFor(dataDir).info('hello');
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'logs'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'logs', 'app.log'))).toBe(0o600);
  });

  it('tightens a log file an older version left readable by all', () => {
    const dataDir = path.join(temp, 'old');
    mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
    writeFileSync(path.join(dataDir, 'logs', 'app.log'), '{"msg":"before"}\n');
    chmodSync(path.join(dataDir, 'logs', 'app.log'), 0o644);
    loggerFor(dataDir);
    expect(mode(path.join(dataDir, 'logs', 'app.log'))).toBe(0o600);
  });

  it('rotates app.log by size, keeps a bounded number of files, each for the owner only', async () => {
    const dataDir = path.join(temp, 'rotating');
    const logger = loggerFor(dataDir, { size: '1K', files: 2 });
    for (let line = 0; line < 200; line += 1) {
      logger.info({ line, padding: 'x'.repeat(80) }, 'filling the log');
      if (line % 20 === 0) await sleep(20);
    }
    await sleep(200);
    const files = readdirSync(path.join(dataDir, 'logs')).sort();
    expect(files).toEqual(['app.log', 'app.log.1', 'app.log.2']);
    for (const file of files) expect(mode(path.join(dataDir, 'logs', file)), file).toBe(0o600);
  });
});
