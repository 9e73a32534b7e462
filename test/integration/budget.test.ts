import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PublicConfigSchema } from '../../src/core/schemas/public-config.js';
import { startFakeOpenAI } from '../support/fake-openai-server.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { collectEvents, generationBody, postGeneration, SAMPLE_JOB_DESCRIPTION } from '../support/sse-client.js';
import { startTestApp, TEST_API_KEY, testEnvironment, type TestApp } from '../support/start-test-app.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
// Resolved here: run from the data folder, `--import tsx` would not find the package.
const TSX_LOADER = pathToFileURL(path.join(repositoryRoot, 'node_modules/tsx/dist/loader.mjs')).href;
const fakePromise = startFakeOpenAI();
afterAll(async () => (await fakePromise).close());

// gpt-5.4-mini at $0.75 in and $4.50 out per million tokens: 20,000 in + 10,000 out is $0.06 a generation.
const SIX_CENTS_OF_TOKENS = { promptTokens: 20_000, completionTokens: 10_000, cachedTokens: 0 };
const COST_USD = 0.06;

async function budgetsOf(app: TestApp) {
  const response = await fetch(`${app.url}/api/config`);
  return PublicConfigSchema.parse(await response.json()).budgets;
}

async function generate(app: TestApp): Promise<{ last: string; costUsd: unknown }> {
  const events = await collectEvents(await postGeneration(app.url, generationBody()));
  return { last: events.at(-1)!.event, costUsd: events.find((event) => event.event === 'usage')?.data.costUsd };
}

function secondsToUtcMidnight(): number {
  const now = new Date();
  return (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000;
}

const GENERATE_ARGS = [
  'generate',
  '--job-description',
  '-',
  '--type',
  'technical',
  '--level',
  'senior',
  '--technique',
  'zero_shot',
];

/** `interview-prep generate` from the sources (no build), against the same DATA_DIR and fake server. */
function runCliGenerate(app: TestApp, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', TSX_LOADER, path.join(repositoryRoot, 'src/cli/main.ts'), ...GENERATE_ARGS],
    {
      cwd: app.dataDir,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? os.tmpdir(),
        OPENAI_MODEL: 'gpt-5.4-mini',
        ...testEnvironment(app.fake, app.dataDir, TEST_API_KEY, env),
      },
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(SAMPLE_JOB_DESCRIPTION);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

describe('spending budgets', () => {
  it('spends up to the daily budget, finishes the generation that runs it out, then refuses with 429 budget_exceeded until midnight UTC, for the CLI too', async () => {
    const fake = await fakePromise;
    fake.reset();
    fake.setDefault(fakeScenario.streamReply({ usage: SIX_CENTS_OF_TOKENS }));
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-budget-'));
    const env = { BUDGET_USD_PER_DAY: '0.10' };
    const app = await startTestApp({ fake, dataDir, env });
    try {
      expect(await budgetsOf(app)).toEqual({
        perDayUsd: 0.1,
        perMonthUsd: null,
        perSessionUsd: null,
        spentTodayUsd: 0,
        spentThisMonthUsd: 0,
        organisation: null,
      });
      expect(await generate(app)).toEqual({ last: 'done', costUsd: COST_USD });
      expect(await budgetsOf(app)).toMatchObject({ spentTodayUsd: 0.06, spentThisMonthUsd: 0.06 });
      // $0.06 spent + the estimate fits $0.10; its real cost goes over, and it still runs to its end.
      expect(await generate(app)).toEqual({ last: 'done', costUsd: COST_USD });
      expect(await budgetsOf(app)).toMatchObject({ spentTodayUsd: 0.12 });

      // Clearing the history gives nothing back: spending is kept apart from the sessions.
      expect((await fetch(`${app.url}/api/sessions`, { method: 'DELETE' })).status).toBe(200);
      const refused = await postGeneration(app.url, generationBody());
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(Math.ceil(secondsToUtcMidnight()));
      expect(retryAfter).toBeGreaterThanOrEqual(Math.floor(secondsToUtcMidnight()) - 5);
      const body = await refused.json();
      expect(body.error).toMatchObject({ code: 'budget_exceeded', retryAfterSeconds: retryAfter });
      expect(body.error.message).toContain(
        "Today's spending budget is used up ($0.12 of $0.10 spent, BUDGET_USD_PER_DAY). It resets at midnight UTC",
      );
      expect(fake.requests).toHaveLength(2);
      await app.close();

      // A restart, and the command line on the same data folder, obey the same budget.
      const restarted = await startTestApp({ fake, dataDir, env });
      try {
        expect((await postGeneration(restarted.url, generationBody())).status).toBe(429);
        const cli = await runCliGenerate(restarted, env);
        expect(cli.stderr).toContain("error: Today's spending budget is used up ($0.12 of $0.10 spent");
        expect(cli.code).toBe(1);
        expect(fake.requests).toHaveLength(2);
      } finally {
        await restarted.close();
      }
    } finally {
      await app.close().catch(() => undefined);
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a model whose price is unknown while a budget is set, saying why, and sends nothing', async () => {
    const fake = await fakePromise;
    fake.reset();
    const app = await startTestApp({ fake, env: { BUDGET_USD_PER_MONTH: '5' } });
    try {
      const response = await postGeneration(app.url, generationBody({ model: 'my-local-llama' }));
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toMatchObject({ code: 'invalid_input', field: 'model' });
      expect(body.error.message).toMatch(
        /"my-local-llama" is unknown, so what it costs cannot be counted against the spending budget .*BUDGET_USD_PER_MONTH/,
      );
      expect(fake.requests).toHaveLength(0);
    } finally {
      await app.close();
    }
  });

  it('refuses a generation over the per-session budget with no reset to wait for, and reports no budget when none is set', async () => {
    const fake = await fakePromise;
    fake.reset();
    const app = await startTestApp({ fake, env: { BUDGET_USD_PER_SESSION: '0.0001' } });
    try {
      expect(await budgetsOf(app)).toMatchObject({ perDayUsd: null, perSessionUsd: 0.0001 });
      const response = await postGeneration(app.url, generationBody());
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBeNull();
      const body = await response.json();
      expect(body.error.code).toBe('budget_exceeded');
      expect(body.error.retryAfterSeconds).toBeUndefined();
      expect(body.error.message).toMatch(
        /more than the \$0\.0001 budget for one session \(BUDGET_USD_PER_SESSION\): this session's budget would be used up/,
      );
      expect(fake.requests).toHaveLength(0);
    } finally {
      await app.close();
    }
    const unbudgeted = await startTestApp({ fake });
    try {
      expect(await budgetsOf(unbudgeted)).toBeNull();
    } finally {
      await unbudgeted.close();
    }
  });
});
