import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFakeModelReply } from '../../test/support/fake-model-replies.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { AppError } from '../core/errors.js';
import { findModel } from '../core/models/model-registry.js';
import type { GenerationRequest } from '../core/schemas/generation-request.js';
import { createLlmClient, type LlmClientSettings } from './create-llm-client.js';
import type { LlmEvent } from './llm-event.js';

const BASE_REQUEST: GenerationRequest = {
  jobDescription:
    'Senior backend engineer: design and run payment APIs in Go and PostgreSQL, on-call rotation, mentoring.',
  interviewType: 'technical',
  experienceLevel: 'senior',
  technique: 'zero_shot',
  questionCount: 3,
  language: 'English',
};

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

function client(settings: Partial<LlmClientSettings> = {}) {
  return createLlmClient({ apiKey: 'sk-test-key', baseURL: fake.baseURL, timeoutMs: 5_000, defaultModel: 'gpt-4.1-mini', ...settings });
}

async function collect(events: AsyncIterable<LlmEvent>): Promise<{ events: LlmEvent[]; error: AppError | null }> {
  const collected: LlmEvent[] = [];
  try {
    for await (const event of events) collected.push(event);
    return { events: collected, error: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { events: collected, error };
  }
}

const run = (request: Partial<GenerationRequest> = {}, settings: Partial<LlmClientSettings> = {}) =>
  collect(client(settings).streamGeneration({ ...BASE_REQUEST, ...request }, { signal: new AbortController().signal }));

describe('streamGeneration', () => {
  it('yields prompt, each question, the result, then usage, with the questions the model wrote', async () => {
    const { events, error } = await run({ questionCount: 4 });

    expect(error).toBeNull();
    expect(events.map((event) => event.type)).toEqual(['prompt', 'question', 'question', 'question', 'question', 'result', 'usage']);
    const expected = buildFakeModelReply({ shape: 'base', count: 4 }).questions;
    const questions = events.flatMap((event) => (event.type === 'question' ? [event] : []));
    expect(questions.map((event) => event.index)).toEqual([0, 1, 2, 3]);
    expect(questions.map((event) => event.question)).toEqual(expected);
    const result = events.find((event) => event.type === 'result');
    expect(result?.type === 'result' && result.result.questions).toEqual(expected);
    const prompt = events[0];
    expect(prompt?.type === 'prompt' && prompt.messages).toEqual(fake.requests[0]?.body['messages']);
    expect(prompt?.type === 'prompt' && prompt.model).toBe('gpt-4.1-mini');
  });

  it('yields the first question while the server is still streaming the rest', async () => {
    fake.enqueue(fakeScenario.streamReply({ chunkSize: 24, chunkDelayMs: 3 }));
    const iterator = client().streamGeneration({ ...BASE_REQUEST, questionCount: 5 }, { signal: new AbortController().signal });
    let sentWhenFirstArrived: number | null = null;
    let completedWhenFirstArrived: boolean | null = null;
    const types: string[] = [];
    for await (const event of iterator) {
      types.push(event.type);
      if (event.type === 'question' && sentWhenFirstArrived === null) {
        sentWhenFirstArrived = fake.requests[0]?.chunksSent ?? null;
        completedWhenFirstArrived = fake.requests[0]?.completed ?? null;
      }
    }
    const request = fake.requests[0];
    expect(completedWhenFirstArrived).toBe(false);
    expect(sentWhenFirstArrived).toBeLessThan((request?.totalChunks ?? 0) / 2);
    expect(request?.completed).toBe(true);
    expect(types.filter((type) => type === 'question')).toHaveLength(5);
  });

  it('reports usage with cached and reasoning tokens priced from the registry', async () => {
    fake.enqueue(
      fakeScenario.streamReply({ usage: { promptTokens: 2_000, cachedTokens: 1_200, completionTokens: 3_000, reasoningTokens: 1_000 } }),
    );
    const { events } = await run({ model: 'gpt-5.4-mini' });

    const usage = events.at(-1);
    expect(usage?.type).toBe('usage');
    if (usage?.type !== 'usage') return;
    const price = findModel('gpt-5.4-mini')?.price;
    if (!price) throw new Error('gpt-5.4-mini must be in the registry');
    const expectedUsd = (800 * price.inputPerMillion + 1_200 * price.cachedInputPerMillion + 3_000 * price.outputPerMillion) / 1e6;
    expect(usage.usage).toEqual({
      inputTokens: 2_000,
      cachedTokens: 1_200,
      outputTokens: 3_000,
      reasoningTokens: 1_000,
      costUsd: expect.closeTo(expectedUsd, 9),
      model: 'gpt-5.4-mini',
    });
  });

  it('reports an unknown cost (null, not 0) for a model without a price', async () => {
    const { events } = await run({ model: 'llama3.1:8b' });
    const usage = events.at(-1);
    expect(usage?.type === 'usage' && usage.usage.costUsd).toBeNull();
    expect(usage?.type === 'usage' && usage.usage.inputTokens).toBeGreaterThan(0);
  });

  it('yields no usage event when the server sends none', async () => {
    fake.enqueue(fakeScenario.streamReply({ usage: 'omit' }));
    const { events, error } = await run();
    expect(error).toBeNull();
    expect(events.at(-1)?.type).toBe('result');
  });

  it('reads the chain-of-thought analysis and the structured overview into the result', async () => {
    const chain = await run({ technique: 'chain_of_thought', questionCount: 2 });
    const chainResult = chain.events.find((event) => event.type === 'result');
    expect(chainResult?.type === 'result' && chainResult.result.analysis?.skillsToProbe.length).toBeGreaterThan(0);

    const structured = await run({ technique: 'structured_output', questionCount: 3 });
    const structuredResult = structured.events.find((event) => event.type === 'result');
    if (structuredResult?.type !== 'result') throw new Error('no result');
    expect(structuredResult.result.overview?.difficultyMix).toEqual({ easy: 1, medium: 1, hard: 1 });
    expect(structuredResult.result.questions.every((question) => (question.redFlags ?? []).length > 0)).toBe(true);
  });

  it('streams case-study questions with their scenario and data', async () => {
    const { events } = await run({ interviewType: 'case_study', questionCount: 2 });
    const questions = events.flatMap((event) => (event.type === 'question' ? [event.question] : []));
    expect(questions).toHaveLength(2);
    expect(questions.every((question) => question.caseStudy && question.caseStudy.dataProvided.length > 0)).toBe(true);
  });

  it('keeps the complete questions of a reply cut off by the token limit, then fails with output_truncated', async () => {
    fake.enqueue(fakeScenario.truncated(2));
    const { events, error } = await run({ questionCount: 4 });

    expect(events.filter((event) => event.type === 'question')).toHaveLength(2);
    expect(events.some((event) => event.type === 'result')).toBe(false);
    expect(events.at(-1)?.type).toBe('usage');
    expect(error?.code).toBe('output_truncated');
  });

  it('fails with output_invalid when the reply is not JSON', async () => {
    fake.enqueue(fakeScenario.malformedContent());
    const { events, error } = await run();
    expect(error?.code).toBe('output_invalid');
    expect(events.filter((event) => event.type === 'question')).toHaveLength(0);
  });

  it('fails with output_invalid when the JSON does not fit the schema', async () => {
    fake.enqueue(fakeScenario.streamReply({ content: '{"questions": [{"question": "Why us?"}], "strategy": 3}' }));
    const { error } = await run();
    expect(error?.code).toBe('output_invalid');
  });

  it("says so when the provider's content filter stopped the reply", async () => {
    fake.enqueue(fakeScenario.streamReply({ finishReason: 'content_filter', truncateAfterQuestions: 1 }));
    const { error } = await run();
    expect(error?.code).toBe('output_invalid');
    expect(error?.message).toMatch(/content filter/i);
  });

  it('reads a reply wrapped in prose and a markdown fence', async () => {
    fake.enqueue(fakeScenario.streamReply({ content: (json) => `Here you go:\n\`\`\`json\n${json}\n\`\`\`\nGood luck!` }));
    const { events, error } = await run();
    expect(error).toBeNull();
    expect(events.filter((event) => event.type === 'question')).toHaveLength(3);
  });
});
