import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from '../../src/app/config.js';
import { openServices, type Services } from '../../src/app/create-services.js';
import type { RetryPolicy } from '../../src/llm/retry-policy.js';
import { buildApp } from '../../src/server/app.js';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai-server.js';

export const TEST_API_KEY = 'sk-test-0123456789abcdef0123456789abcdef';
export const WEB_ROOT = path.resolve(import.meta.dirname, '../../dist/web');

export type TestApp = {
  /** http://127.0.0.1:PORT of the real server. */
  url: string;
  app: FastifyInstance;
  services: Services;
  fake: FakeOpenAI;
  config: Config;
  dataDir: string;
  close(): Promise<void>;
};

export type TestAppOptions = {
  /** The key the server holds; null for none. Defaults to TEST_API_KEY. */
  apiKey?: string | null;
  /** Extra environment variables, e.g. RATE_LIMIT_PER_HOUR. */
  env?: Record<string, string>;
  /** Reuse a data folder (to test restarts); a new temp folder otherwise. */
  dataDir?: string;
  /** Reuse a running fake OpenAI server. */
  fake?: FakeOpenAI;
  /** A logger to record what the app logs; silent by default. */
  logger?: Logger;
  /** Retry settings; by default retries stop starting after 3 s. */
  retryPolicy?: Partial<RetryPolicy>;
};

/** The environment a test app runs with: the fake server, a temp DATA_DIR, silent logs. */
export function testEnvironment(
  fake: FakeOpenAI,
  dataDir: string,
  apiKey: string | null,
  env: Record<string, string> = {},
) {
  return {
    OPENAI_API_KEY: apiKey ?? '',
    OPENAI_API_KEY_REQUIRED: 'true',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_TIMEOUT_MS: '5000',
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    WEB_ROOT,
    ...env,
  };
}

/**
 * Starts the real server on 127.0.0.1:0 with a temp DATA_DIR, pointed at a fake
 * OpenAI-compatible server, serving the built web client when dist/web exists. The services come
 * from the app's one composition root, as in production (on PostgreSQL when `env` has DATABASE_URL).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const fake = options.fake ?? (await startFakeOpenAI());
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-test-')));
  const apiKey = options.apiKey === undefined ? TEST_API_KEY : options.apiKey;
  const config = loadConfig(testEnvironment(fake, dataDir, apiKey, options.env));
  const services = await openServices(config, {
    logger: options.logger ?? pino({ level: 'silent' }),
    retryPolicy: options.retryPolicy ?? { maxTotalMs: 3000 },
  });
  const app = await buildApp(services);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    services,
    fake,
    config,
    dataDir,
    async close() {
      await app.close();
      await services.close();
      if (!options.fake) await fake.close();
      if (!options.dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
