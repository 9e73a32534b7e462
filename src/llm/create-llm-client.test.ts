import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { createLlmClient } from './create-llm-client.js';
import { questionsRequest } from './testing/build-test-requests.js';
import { createTestLlmClient } from './testing/create-test-llm-client.js';
import { drainStructuredOutput } from './testing/drain-structured-output.js';
import { useFakeServer } from './testing/use-fake-server.js';
import type { LlmClient } from './create-llm-client.js';
import type { StructuredOutputRequest } from './structured-output-request.js';

const fake = useFakeServer(startFakeOpenAI);
const signal = () => new AbortController().signal;
const run = (llm: LlmClient, request: StructuredOutputRequest) =>
  drainStructuredOutput(llm.streamStructuredOutput(request, { signal: signal() }));
const bodyOf = (index: number) => fake().requests[index]?.body ?? {};

describe('request parameters by model family', () => {
  it('sends a reasoning model max_completion_tokens and reasoning_effort, never sampling parameters', async () => {
    const { error } = await run(
      createTestLlmClient(fake().baseURL),
      questionsRequest('gpt-5.4-mini', { temperature: 0.3, reasoningEffort: 'medium', questionCount: 2 }),
    );

    expect(error).toBeNull();
    const body = bodyOf(0);
    expect(body['reasoning_effort']).toBe('medium');
    // The visible answer (600 a question + 1,000) plus room for the reasoning of 'medium'.
    expect(body['max_completion_tokens']).toBe(2 * 600 + 1_000 + 8_192);
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
    await run(createTestLlmClient(fake().baseURL), questionsRequest('gpt-5.4-mini', { reasoningEffort: 'minimal' }));
    expect(bodyOf(0)['reasoning_effort']).toBe('low');
  });

  it("leaves no room for reasoning when the effort is 'none'", async () => {
    await run(
      createTestLlmClient(fake().baseURL),
      questionsRequest('gpt-5.4-mini', { reasoningEffort: 'none', questionCount: 1 }),
    );
    expect(bodyOf(0)).toMatchObject({ reasoning_effort: 'none', max_completion_tokens: 600 + 1_000 });
  });

  it('sends a classic model temperature and max_tokens, never reasoning_effort', async () => {
    const { error } = await run(
      createTestLlmClient(fake().baseURL),
      questionsRequest('gpt-4o-mini', { temperature: 0.2, reasoningEffort: 'high', questionCount: 2 }),
    );

    expect(error).toBeNull();
    const body = bodyOf(0);
    expect(body['temperature']).toBe(0.2);
    expect(body['max_tokens']).toBe(2 * 600 + 1_000);
    expect(body).not.toHaveProperty('reasoning_effort');
    expect(body).not.toHaveProperty('max_completion_tokens');
  });

  it('uses temperature 0.7 for a classic model when none is asked for', async () => {
    await run(createTestLlmClient(fake().baseURL), questionsRequest('gpt-4.1'));
    expect(bodyOf(0)['temperature']).toBe(0.7);
  });

  it('sends the messages and the strict schema of the request unchanged', async () => {
    const request = questionsRequest('gpt-4.1-mini', { technique: 'chain_of_thought' });
    await run(createTestLlmClient(fake().baseURL), request);
    expect(bodyOf(0)['messages']).toEqual(request.messages);
    expect(bodyOf(0)['response_format']).toEqual({
      type: 'json_schema',
      json_schema: { name: request.responseFormat.name, schema: request.responseFormat.schema, strict: true },
    });
  });
});

describe('API key', () => {
  it('fails with no_api_key before any request when the server needs a key and none is set', async () => {
    const llm = createLlmClient({ apiKey: null, apiKeyRequired: true, baseURL: fake().baseURL, timeoutMs: 1_000 });
    expect(llm.keyMissing).toBe(true);

    const { events, error } = await run(llm, questionsRequest('gpt-5.4-mini'));
    expect(error?.code).toBe('no_api_key');
    expect(events).toEqual([]);
    expect(fake().requests).toHaveLength(0);
  });

  it('counts a blank key as no key', async () => {
    const llm = createLlmClient({ apiKey: '   ', apiKeyRequired: true, baseURL: fake().baseURL, timeoutMs: 1_000 });
    expect(llm.keyMissing).toBe(true);
    const { error } = await run(llm, questionsRequest('gpt-5.4-mini'));
    expect(error?.code).toBe('no_api_key');
    expect(fake().requests).toHaveLength(0);
  });

  it('works without a key against a server that needs none, never sending an sk- key', async () => {
    const llm = createTestLlmClient(fake().baseURL, { apiKey: null, apiKeyRequired: false });
    expect(llm.keyMissing).toBe(false);

    const { error } = await run(llm, questionsRequest('llama3.1:8b'));
    expect(error).toBeNull();
    expect(fake().requests).toHaveLength(1);
    expect(fake().requests[0]?.headers.authorization).not.toContain('sk-');
  });

  it('sends the configured key as a bearer token', async () => {
    const llm = createTestLlmClient(fake().baseURL, { apiKey: 'sk-local-1234' });
    await run(llm, questionsRequest('gpt-4o-mini'));
    expect(fake().requests[0]?.headers.authorization).toBe('Bearer sk-local-1234');
  });
});
