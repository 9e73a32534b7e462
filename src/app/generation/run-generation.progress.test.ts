import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeScenario } from '../../../test/support/fake-openai-scenarios.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../../test/support/fake-openai-server.js';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import { createLlmClient } from '../../llm/create-llm-client.js';
import { createRateLimitStore } from '../../store/create-rate-limit-store.js';
import { createSqliteSessionStore } from '../../store/create-sqlite-session-store.js';
import { openDatabase } from '../../store/open-database.js';
import { createTempDir } from '../../store/testing/create-temp-dir.js';
import type { Owner, SessionStore } from '../ports.js';
import { createGenerationService, type GenerationService } from './create-generation-service.js';
import { PROGRESS_SAVE_INTERVAL_MS } from './create-progress-saver.js';

// Progress saved as a generation streams (create-progress-saver.ts wired into run-generation.ts),
// against the fake OpenAI server and a real SQLite file.

const REQUEST: GenerationRequest = {
  jobDescription:
    'Data analyst at a retailer: build dashboards in SQL and Python for the sales team, present findings to managers weekly, own the data quality checks.',
  interviewType: 'technical',
  experienceLevel: 'mid',
  technique: 'zero_shot',
  questionCount: 4,
  language: 'English',
};
const ALICE: Owner = { ownerId: 'alice' };
/** About 300 ms per question. */
const SLOW_STREAM = fakeScenario.streamReply({ chunkSize: 100, chunkDelayMs: 30 });

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

let temp: ReturnType<typeof createTempDir>;
let database: Database;
let store: SessionStore;
let service: GenerationService | null = null;

function createService(sessions: SessionStore): GenerationService {
  const logger = pino({ level: 'silent' });
  service = createGenerationService({
    llm: createLlmClient({
      apiKey: 'sk-test-key',
      apiKeyRequired: true,
      baseURL: fake.baseURL,
      timeoutMs: 5_000,
      logger,
    }),
    sessions,
    rateLimits: createRateLimitStore(database),
    rateLimitPerHour: 100,
    defaultModel: 'gpt-5.4-mini',
    logger,
  });
  return service;
}

beforeEach(() => {
  temp = createTempDir();
  database = openDatabase({ dataDir: temp.dir });
  store = createSqliteSessionStore(database, { historyLimit: 10 });
});
afterEach(async () => {
  await service?.stopAll();
  service = null;
  database.close();
  temp.remove();
  fake.reset();
});

describe('runGeneration: progress saved as it streams', () => {
  it('keeps the questions already sent as an interrupted partial session, replaced by the complete one at the end', async () => {
    fake.enqueue(SLOW_STREAM);
    const run = await createService(store).start(ALICE, REQUEST);
    const events = run.events;
    const questions: unknown[] = [];
    while (questions.length < 2) {
      const next = await events.next();
      if (next.done) throw new Error('the run ended early');
      if (next.value.event === 'question') questions.push(next.value.data.question);
    }
    // The reader pauses (as a crash would stop everything): the saver has written on its own.
    await sleep(PROGRESS_SAVE_INTERVAL_MS + 200);
    const during = await store.findSession(ALICE, run.sessionId);
    expect(during).toMatchObject({
      status: 'partial',
      error: { code: 'upstream_unavailable', message: expect.stringContaining('interrupted') },
      result: { questions },
      usage: { estimated: true },
    });

    let last: GenerationEvent['event'] | undefined;
    for (let next = await events.next(); !next.done; next = await events.next()) last = next.value.event;
    expect(last).toBe('done');
    await sleep(2 * PROGRESS_SAVE_INTERVAL_MS);
    const after = await store.findSession(ALICE, run.sessionId);
    expect(after).toMatchObject({ status: 'complete', error: null });
    expect(after?.usage?.estimated).toBeUndefined();
    expect(after?.result.questions).toHaveLength(REQUEST.questionCount);
  });

  it('never lets a progress write still in flight land after the final save (a slow store)', async () => {
    // Progress writes take 1.5 s to land (the first one outlasts the stream); the final save is immediate.
    const slowPartials: SessionStore = {
      ...store,
      async saveProgress(entries) {
        await sleep(1_500);
        await store.saveProgress(entries);
      },
    };
    fake.enqueue(SLOW_STREAM);
    const run = await createService(slowPartials).start(ALICE, REQUEST);
    let last: GenerationEvent['event'] | undefined;
    for await (const event of run.events) last = event.event;
    expect(last).toBe('done');
    await sleep(1_600);
    expect(await store.findSession(ALICE, run.sessionId)).toMatchObject({ status: 'complete', error: null });
  });

  it('writes several streams together, in ticks at least 500 ms apart, and each complete session last', async () => {
    const saves: Array<{ id: string; at: number; status: string }> = [];
    const batchSizes: number[] = [];
    const recording: SessionStore = {
      ...store,
      async saveSession(owner, session) {
        saves.push({ id: session.id, at: Date.now(), status: session.status });
        await store.saveSession(owner, session);
      },
      async saveProgress(entries) {
        batchSizes.push(entries.length);
        for (const { session } of entries) saves.push({ id: session.id, at: Date.now(), status: session.status });
        await store.saveProgress(entries);
      },
    };
    const generations = createService(recording);
    fake.enqueue(SLOW_STREAM, SLOW_STREAM, SLOW_STREAM);
    const runs = await Promise.all([1, 2, 3].map(() => generations.start(ALICE, { ...REQUEST, questionCount: 6 })));
    const ends = await Promise.all(
      runs.map(async (run) => {
        let last: GenerationEvent['event'] | undefined;
        for await (const event of run.events) last = event.event;
        return last;
      }),
    );
    expect(ends).toEqual(['done', 'done', 'done']);
    await sleep(PROGRESS_SAVE_INTERVAL_MS);

    for (const run of runs) {
      const own = saves.filter((save) => save.id === run.sessionId);
      // About 1.5 s of streaming: the first question at the next tick, then every 500 ms.
      expect(own.filter((save) => save.status === 'partial').length).toBeGreaterThanOrEqual(2);
      expect(own.at(-1)?.status).toBe('complete');
    }
    // One timer for every stream: writes come in ticks at least 500 ms apart (a tick writes its
    // streams together, in one batch), each stream at most once per tick.
    const ticks: Array<typeof saves> = [];
    for (const save of saves.filter((entry) => entry.status === 'partial')) {
      const tick = ticks.at(-1);
      if (tick && save.at - tick[0]!.at < 100) tick.push(save);
      else ticks.push([save]);
    }
    for (let index = 1; index < ticks.length; index++) {
      expect(ticks[index]![0]!.at - ticks[index - 1]![0]!.at).toBeGreaterThanOrEqual(PROGRESS_SAVE_INTERVAL_MS - 2);
    }
    for (const tick of ticks) expect(new Set(tick.map((save) => save.id)).size).toBe(tick.length);
    expect(ticks.some((tick) => tick.length > 1)).toBe(true);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
  });

  it('saves nothing before the first question, and a reader leaving early ends it as cancelled, not interrupted', async () => {
    fake.enqueue(fakeScenario.streamReply({ chunkSize: 100, chunkDelayMs: 30, firstTokenDelayMs: 800 }));
    const generations = createService(store);
    const run = await generations.start(ALICE, REQUEST);
    const reading = (async () => {
      for await (const event of run.events) {
        if (event.event === 'question') return;
      }
    })();
    await sleep(700);
    expect(await store.findSession(ALICE, run.sessionId)).toBeNull();
    // The reader goes away after the first question: the run ends as cancelled, saved last.
    await reading;
    expect(await generations.cancel(ALICE, run.sessionId)).toBeNull();
    await sleep(2 * PROGRESS_SAVE_INTERVAL_MS);
    expect(await store.findSession(ALICE, run.sessionId)).toMatchObject({
      status: 'partial',
      error: { code: 'cancelled' },
    });
  });
});
