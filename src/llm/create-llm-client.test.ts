import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { AppError } from '../core/errors.js';
import type { GenerationRequest } from '../core/schemas/generation-request.js';
import { createLlmClient, type LlmClient, type LlmClientSettings } from './create-llm-client.js';
import { keyRequiredFor } from './key-required-for.js';
import type { LlmEvent } from './llm-event.js';

const BASE_REQUEST: GenerationRequest = {
  jobDescription:
    'Data analyst: build dashboards in SQL and Python for the sales team, present findings to managers weekly.',
  interviewType: 'technical',
  experienceLevel: 'mid',
  technique: 'few_shot',
  questionCount: 2,
  language: 'English',
};

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

function client(settings: Partial<LlmClientSettings> = {}): LlmClient {
  return createLlmClient({ apiKey: 'sk-test-key', baseURL: fake.baseURL, timeoutMs: 5_000, defaultModel: 'gpt-5.4-mini', ...settings });
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

const generate = (llm: LlmClient, request: Partial<GenerationRequest> = {}) =>
  collect(llm.streamGeneration({ ...BASE_REQUEST, ...request }, { signal: new AbortController().signal }));

const bodyOf = (index: number) => fake.requests[index]?.body ?? {};
const formatTypeOf = (index: number) => (bodyOf(index)['response_format'] as { type?: string } | undefined)?.type;

describe('request parameters by model family', () => {
  it('sends a reasoning model max_completion_tokens and reasoning_effort, never sampling parameters', async () => {
    const { error } = await generate(client(), { model: 'gpt-5.4-mini', temperature: 0.3, reasoningEffort: 'medium' });

    expect(error).toBeNull();
    const body = bodyOf(0);
    expect(body['reasoning_effort']).toBe('medium');
    expect(body['max_completion_tokens']).toBeGreaterThanOrEqual(2 * 600);
    for (const parameter of ['temperature', 'max_tokens', 'top_p', 'presence_penalty', 'frequency_penalty']) {
      expect(body).not.toHaveProperty(parameter);
    }
    expect(body['stream']).toBe(true);
    expect(body['stream_options']).toEqual({ include_usage: true });
    expect(body['response_format']).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'interview_preparation', strict: true },
    });
  });

  it("replaces a reasoning effort the model does not list with 'low'", async () => {
    await generate(client(), { model: 'gpt-5.4-mini', reasoningEffort: 'minimal' });
    expect(bodyOf(0)['reasoning_effort']).toBe('low');
  });

  it('sends a classic model temperature and max_tokens, never reasoning_effort', async () => {
    const { error } = await generate(client(), { model: 'gpt-4o-mini', temperature: 0.2, reasoningEffort: 'high' });

    expect(error).toBeNull();
    const body = bodyOf(0);
    expect(body['temperature']).toBe(0.2);
    expect(body['max_tokens']).toBeGreaterThanOrEqual(2 * 600);
    expect(body).not.toHaveProperty('reasoning_effort');
    expect(body).not.toHaveProperty('max_completion_tokens');
  });

  it('uses temperature 0.7 for a classic model when none is asked for', async () => {
    await generate(client(), { model: 'gpt-4.1' });
    expect(bodyOf(0)['temperature']).toBe(0.7);
  });
});

describe('adapting to what a model rejects', () => {
  it('drops a parameter an unknown model rejects, retries once, and leaves it out of later requests', async () => {
    const llm = client();
    fake.enqueue(fakeScenario.unsupportedParameter('reasoning_effort'));

    const first = await generate(llm, { model: 'o9-preview' });
    expect(first.error).toBeNull();
    expect(fake.requests).toHaveLength(2);
    expect(bodyOf(0)).toHaveProperty('reasoning_effort');
    expect(bodyOf(1)).not.toHaveProperty('reasoning_effort');

    const second = await generate(llm, { model: 'o9-preview' });
    expect(second.error).toBeNull();
    expect(fake.requests).toHaveLength(3);
    expect(bodyOf(2)).not.toHaveProperty('reasoning_effort');
    expect(bodyOf(2)).toHaveProperty('max_completion_tokens');
  });

  it('drops a rejected temperature value for that model only', async () => {
    const llm = client();
    fake.enqueue(fakeScenario.unsupportedValue('temperature', 0.7));
    await generate(llm, { model: 'my-gateway/custom-model' });
    await generate(llm, { model: 'gpt-4.1-mini' });

    expect(bodyOf(0)['temperature']).toBe(0.7);
    expect(bodyOf(1)).not.toHaveProperty('temperature');
    expect(bodyOf(2)['temperature']).toBe(0.7);
  });

  it('gives up after one retry per parameter, with a clear message', async () => {
    fake.enqueue(fakeScenario.unsupportedParameter('reasoning_effort'), fakeScenario.unsupportedParameter('reasoning_effort'));
    const { error } = await generate(client(), { model: 'o9-preview' });
    expect(fake.requests).toHaveLength(2);
    expect(error?.code).toBe('invalid_input');
    expect(error?.field).toBe('reasoningEffort');
  });

  it('falls back to JSON mode when json_schema is not supported, describing the shape in the prompt', async () => {
    const llm = client();
    fake.enqueue(fakeScenario.jsonSchemaUnsupported());

    const { events, error } = await generate(llm, { model: 'local-model', technique: 'chain_of_thought' });
    expect(error).toBeNull();
    expect(formatTypeOf(0)).toBe('json_schema');
    expect(formatTypeOf(1)).toBe('json_object');
    const prompt = events[0];
    expect(prompt?.type).toBe('prompt');
    if (prompt?.type !== 'prompt') return;
    expect(prompt.messages).toEqual(bodyOf(1)['messages']);
    expect(prompt.messages[0]?.content).toMatch(/JSON Schema: \{.*"analysis"/);
    const result = events.find((event) => event.type === 'result');
    expect(result?.type === 'result' && result.result.analysis).not.toBeNull();

    await generate(llm, { model: 'local-model' });
    expect(formatTypeOf(2)).toBe('json_object');
  });

  it('falls back to no response_format and the tolerant parser when JSON mode is refused too', async () => {
    fake.enqueue(
      fakeScenario.jsonSchemaUnsupported(),
      fakeScenario.jsonObjectUnsupported(),
      fakeScenario.streamReply({ content: (json) => `Sure, here it is:\n\`\`\`json\n${json}\n\`\`\`` }),
    );
    const { events, error } = await generate(client(), { model: 'local-model' });

    expect(error).toBeNull();
    expect(fake.requests).toHaveLength(3);
    expect(bodyOf(2)).not.toHaveProperty('response_format');
    expect(events.filter((event) => event.type === 'question')).toHaveLength(2);
  });
});

describe('API key', () => {
  it('is required only by OpenAI itself', () => {
    expect(keyRequiredFor(undefined)).toBe(true);
    expect(keyRequiredFor('https://api.openai.com/v1')).toBe(true);
    expect(keyRequiredFor('https://eu.api.openai.com/v1')).toBe(true);
    expect(keyRequiredFor('http://localhost:11434/v1')).toBe(false);
    expect(keyRequiredFor('http://127.0.0.1:1234/v1')).toBe(false);
  });

  it('fails with no_api_key before any request when OpenAI needs a key and none is set', async () => {
    const llm = createLlmClient({ apiKey: null, timeoutMs: 1_000, defaultModel: 'gpt-5.4-mini' });
    const { events, error } = await generate(llm);
    expect(error?.code).toBe('no_api_key');
    expect(events).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('works without a key against a local server', async () => {
    const { error } = await generate(client({ apiKey: null }), { model: 'llama3.1:8b' });
    expect(error).toBeNull();
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.headers.authorization).not.toContain('sk-');
  });
});
