import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from './config.js';
import { createLogger } from './create-logger.js';

const mode = (file: string) => statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('createLogger file modes', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'interview-prep-logger-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  function loggerFor(dataDir: string) {
    const config = { dataDir, logLevel: 'info', openai: { apiKey: null } } as unknown as Config;
    return createLogger(config, { stdout: false });
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
});
