import type { Database } from 'better-sqlite3';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeScenario } from '../../../test/support/fake-openai-scenarios.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../../test/support/fake-openai-server.js';
import { AppError } from '../../core/errors.js';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import { createLlmClient } from '../../llm/create-llm-client.js';
import { createRateLimitStore } from '../../store/create-rate-limit-store.js';
import { createSqliteSessionStore } from '../../store/create-sqlite-session-store.js';
import { openDatabase } from '../../store/open-database.js';
import { createTempDir } from '../../store/testing/create-temp-dir.js';
import type { Owner } from '../ports.js';
import { createGenerationService, type GenerationRun, type GenerationService } from './create-generation-service.js';

const REQUEST: GenerationRequest = {
  jobDescription:
    'Data analyst at a retailer: build dashboards in SQL and Python for the sales team, present findings to managers weekly, own the data quality checks.',
  interviewType: 'technical',
  experienceLevel: 'mid',
  technique: 'zero_shot',
  questionCount: 1,
  language: 'English',
};
const ALICE: Owner = { ownerId: 'alice' };
const BOB: Owner = { ownerId: 'bob' };
const LIMIT_PER_HOUR = 2;

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

let temp: ReturnType<typeof createTempDir>;
let database: Database;
let service: GenerationService;

function createService(options: { apiKey?: string | null } = {}): GenerationService {
  const logger = pino({ level: 'silent' });
  return createGenerationService({
    llm: createLlmClient({
      apiKey: options.apiKey === undefined ? 'sk-test-key' : options.apiKey,
      apiKeyRequired: true,
      baseURL: fake.baseURL,
      timeoutMs: 5_000,
      logger,
    }),
    sessions: createSqliteSessionStore(database, { historyLimit: 10, logger }),
    rateLimits: createRateLimitStore(database),
    rateLimitPerHour: LIMIT_PER_HOUR,
    defaultModel: 'gpt-5.4-mini',
    logger,
  });
}

beforeEach(() => {
  temp = createTempDir();
  database = openDatabase({ dataDir: temp.dir });
  service = createService();
});
afterEach(async () => {
  await service.stopAll();
  database.close();
  temp.remove();
  fake.reset();
});

/** Runs an admitted generation to its end and returns the name of its last event. */
async function runToEnd(run: GenerationRun): Promise<GenerationEvent['event']> {
  let last: GenerationEvent['event'] | undefined;
  for await (const event of run.events) last = event.event;
  return last!;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('createGenerationService: the hourly rate limit', () => {
  it('refuses start with rate_limited and retryAfterSeconds once the limit is used, sending nothing upstream', async () => {
    for (let count = 0; count < LIMIT_PER_HOUR; count++) {
      expect(await runToEnd(await service.start(ALICE, REQUEST))).toBe('done');
    }
    expect(fake.requests).toHaveLength(LIMIT_PER_HOUR);

    const error = await refusal(service.start(ALICE, REQUEST));
    expect(error.code).toBe('rate_limited');
    expect(error.message).toContain(`${LIMIT_PER_HOUR} generations`);
    expect(error.retryAfterSeconds).toBeGreaterThan(3500);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(fake.requests).toHaveLength(LIMIT_PER_HOUR);
  });

  it('counts per owner: one owner at the limit leaves another one his own', async () => {
    for (let count = 0; count < LIMIT_PER_HOUR; count++) await runToEnd(await service.start(ALICE, REQUEST));
    expect((await refusal(service.start(ALICE, REQUEST))).code).toBe('rate_limited');

    for (let count = 0; count < LIMIT_PER_HOUR; count++) {
      expect(await runToEnd(await service.start(BOB, REQUEST))).toBe('done');
    }
    expect((await refusal(service.start(BOB, REQUEST))).code).toBe('rate_limited');
    expect(fake.requests).toHaveLength(2 * LIMIT_PER_HOUR);
  });

  it('counts admissions, not finished runs: started runs use the slots even before they are read', async () => {
    const runs = [await service.start(ALICE, REQUEST), await service.start(ALICE, REQUEST)];
    expect((await refusal(service.start(ALICE, REQUEST))).code).toBe('rate_limited');
    expect(fake.requests).toHaveLength(0);
    for (const run of runs) expect(await runToEnd(run)).toBe('done');
  });

  it('is survived by a new service over the same database (a restart)', async () => {
    for (let count = 0; count < LIMIT_PER_HOUR; count++) await runToEnd(await service.start(ALICE, REQUEST));
    const restarted = createService();
    expect((await refusal(restarted.start(ALICE, REQUEST))).code).toBe('rate_limited');
  });

  it('does not use a slot for a start refused for another reason', async () => {
    const keyless = createService({ apiKey: null });
    for (let count = 0; count < LIMIT_PER_HOUR + 1; count++) {
      expect((await refusal(keyless.start(ALICE, REQUEST))).code).toBe('no_api_key');
    }
    const run = await service.start(ALICE, REQUEST, { requestId: '3f0c1e9a-5b7d-4c2e-9a41-8d6b2f7e0c13' });
    expect(await runToEnd(run)).toBe('done');
    const reused = await refusal(service.start(ALICE, REQUEST, { requestId: run.sessionId }));
    expect(reused).toMatchObject({ code: 'invalid_input', field: 'requestId' });
    // One slot used by the run above: exactly one left.
    expect(await runToEnd(await service.start(ALICE, REQUEST))).toBe('done');
    expect((await refusal(service.start(ALICE, REQUEST))).code).toBe('rate_limited');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('createGenerationService: cancel', () => {
  it("finds only the owner's running generation: another owner's cancel is null and does not stop it", async () => {
    const run = await service.start(ALICE, REQUEST);
    const ending = runToEnd(run);
    expect(await service.cancel(BOB, run.sessionId)).toBeNull();
    expect(await ending).toBe('done');
    expect(await service.cancel(ALICE, run.sessionId)).toBeNull();
    expect(await service.cancel(ALICE, 'never-started')).toBeNull();
  });

  it('answers at once for a run nobody has read yet: nothing ran, nothing was sent, nothing is kept', async () => {
    const run = await service.start(ALICE, REQUEST);
    expect(await service.cancel(ALICE, run.sessionId)).toEqual({
      sessionId: run.sessionId,
      saved: 'none',
      usage: null,
    });
    expect(fake.requests).toHaveLength(0);
    expect(await service.cancel(ALICE, run.sessionId)).toBeNull();
  });

  it('lets stopAll end at once when a started run was never read', async () => {
    await service.start(ALICE, REQUEST);
    const stoppedAt = Date.now();
    await service.stopAll(60_000);
    expect(Date.now() - stoppedAt).toBeLessThan(1_000);
  });
});

describe('createGenerationService: two owners, one id', () => {
  it("lets another owner use a running generation's requestId, and each cancel stops only the owner's own", async () => {
    const requestId = '6a1d2f0e-93b4-4c7a-8e25-0f4b9d3c7a18';
    await service.start(ALICE, REQUEST, { requestId });
    const bobs = await service.start(BOB, REQUEST, { requestId });
    expect(bobs.sessionId).toBe(requestId);
    expect(service.isRunning(ALICE, requestId) && service.isRunning(BOB, requestId)).toBe(true);

    expect(await service.cancel(ALICE, requestId)).toEqual({ sessionId: requestId, saved: 'none', usage: null });
    expect(service.isRunning(ALICE, requestId)).toBe(false);
    expect(service.isRunning(BOB, requestId)).toBe(true);
    expect(await runToEnd(bobs)).toBe('done');
  });

  it('saves the progress of both as they stream, neither replacing the other', async () => {
    // Each reply stops after its first question and hangs: only the progress saves can keep it.
    fake.setDefault(fakeScenario.streamReply({ chunkSize: 40, hangAfterChunks: 50 }));
    const requestId = '0c5e8a61-2b7d-4f39-9a1e-5d6c7b8a9f01';
    const runs = [await service.start(ALICE, REQUEST, { requestId }), await service.start(BOB, REQUEST, { requestId })];
    await Promise.all(runs.map((run) => readUntilQuestion(run)));
    const sessions = createSqliteSessionStore(database, { historyLimit: 10, logger: pino({ level: 'silent' }) });
    await vi.waitFor(
      async () => {
        for (const owner of [ALICE, BOB]) {
          expect((await sessions.findSession(owner, requestId))?.result.questions).toHaveLength(1);
        }
      },
      { timeout: 5_000, interval: 100 },
    );
  });
});

/** Reads the run's events until its first question. */
async function readUntilQuestion(run: GenerationRun): Promise<void> {
  for (;;) {
    const next = await run.events.next();
    if (next.done) throw new Error('the run ended before a question');
    if (next.value.event === 'question') return;
  }
}

describe('createGenerationService: regenerate', () => {
  const lastUserMessage = () => {
    const body = fake.requests.at(-1)?.body as { messages: { role: string; content: string }[] };
    return body.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  };

  it("sends the earlier session's questions so the new set does not repeat them", async () => {
    const first = await service.start(ALICE, REQUEST);
    expect(await runToEnd(first)).toBe('done');
    const saved = await createSqliteSessionStore(database, {
      historyLimit: 10,
      logger: pino({ level: 'silent' }),
    }).findSession(ALICE, first.sessionId);
    const earlier = saved?.result.questions.map((question) => question.question) ?? [];
    expect(earlier.length).toBeGreaterThan(0);

    const second = await service.start(ALICE, { ...REQUEST, previousSessionId: first.sessionId });
    expect(await runToEnd(second)).toBe('done');
    const prompt = lastUserMessage();
    expect(prompt).toContain('<previous_questions>');
    for (const question of earlier) expect(prompt).toContain(question);
  });

  it("refuses a session that is not the owner's, before anything is sent", async () => {
    const first = await service.start(ALICE, REQUEST);
    await runToEnd(first);
    const sent = fake.requests.length;
    const error = await refusal(service.start(BOB, { ...REQUEST, previousSessionId: first.sessionId }));
    expect(error.code).toBe('not_found');
    expect(error.field).toBe('previousSessionId');
    expect(fake.requests).toHaveLength(sent);
  });
});
