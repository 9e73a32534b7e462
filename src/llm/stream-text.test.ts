import { describe, expect, it, vi } from 'vitest';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import type { LlmClientSettings } from './create-llm-client.js';
import { createTestLlmClient } from './testing/create-test-llm-client.js';
import { drainStructuredOutput, eventsOfType, eventTypesOf } from './testing/drain-structured-output.js';
import { useFakeServer } from './testing/use-fake-server.js';
import type { TextEvent, TextRequest } from './text-request.js';

// The plain-text call shares the structured call's machinery (stream-completion.ts): these check
// it reaches the wire as text, and that retries, adaptation, timeouts and spend apply to it too.
const fake = useFakeServer(startFakeOpenAI);

const textRequest = (model: string, overrides: Partial<TextRequest> = {}): TextRequest => ({
  model,
  messages: [
    { role: 'system', content: 'You explain a score in two sentences.' },
    { role: 'user', content: 'Why did my answer get a 2 on trade-offs?' },
  ],
  maxOutputTokens: 300,
  ...overrides,
});

type RunOptions = { settings?: Partial<LlmClientSettings>; signal?: AbortSignal; onEvent?: (event: TextEvent) => void };

function run(request: TextRequest, options: RunOptions = {}) {
  const llm = createTestLlmClient(fake().baseURL, options.settings);
  const stream = llm.streamText(request, { signal: options.signal ?? new AbortController().signal });
  return drainStructuredOutput(stream, options.onEvent);
}

describe('a plain-text call', () => {
  it('sends no response format, yields opened, the text piece by piece, then usage, and returns the whole text', async () => {
    fake().enqueue(
      fakeScenario.streamReply({ content: 'The answer names no trade-off. Say what you gave up.', chunkSize: 5 }),
    );
    const { events, end, error } = await run(textRequest('gpt-4.1-mini', { temperature: 0.2 }));

    expect(error).toBeNull();
    const body = fake().requests[0]?.body ?? {};
    expect(body).not.toHaveProperty('response_format');
    expect(body).toMatchObject({ temperature: 0.2, max_tokens: 300, stream: true });
    expect(eventTypesOf(events)[0]).toBe('opened');
    expect(eventsOfType(events, 'opened')[0]).toMatchObject({ responseFormat: 'none' });
    const deltas = eventsOfType(events, 'delta');
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.map((delta) => delta.text).join('')).toBe('The answer names no trade-off. Say what you gave up.');
    expect(eventTypesOf(events).at(-1)).toBe('usage');
    expect(eventsOfType(events, 'usage')[0]?.usage).toMatchObject({ model: 'gpt-4.1-mini' });
    expect(end).toEqual({ text: 'The answer names no trade-off. Say what you gave up.', finishReason: 'stop' });
  });

  it('gives a reasoning model its own parameters, as the structured call does', async () => {
    const { error } = await run(textRequest('gpt-5-mini', { temperature: 0.2, reasoningEffort: 'minimal' }));
    expect(error).toBeNull();
    const body = fake().requests[0]?.body ?? {};
    expect(body).toMatchObject({ reasoning_effort: 'minimal', max_completion_tokens: 1_024 + 300 });
    expect(body).not.toHaveProperty('temperature');
  });

  it('hands over the first piece of text while the server is still streaming', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 4, chunkDelayMs: 5 }));
    let completedWhenFirstArrived: boolean | null = null;
    await run(textRequest('gpt-4.1-mini'), {
      onEvent: (event) => {
        if (event.type === 'delta') completedWhenFirstArrived ??= fake().requests[0]?.completed ?? null;
      },
    });
    expect(completedWhenFirstArrived).toBe(false);
  });

  it('retries a transient failure before any text, with a retry event', async () => {
    fake().enqueue(fakeScenario.serverError(503));
    const { events, error } = await run(textRequest('gpt-4.1-mini'));
    expect(error).toBeNull();
    expect(fake().requests).toHaveLength(2);
    expect(eventTypesOf(events).slice(0, 2)).toEqual(['retry', 'opened']);
  });

  it('drops a parameter the model rejects and sends the request again', async () => {
    fake().enqueue(fakeScenario.unsupportedParameter('temperature'));
    const { error } = await run(textRequest('gpt-4.1-mini', { temperature: 0.2 }));
    expect(error).toBeNull();
    expect(fake().requests[1]?.body).not.toHaveProperty('temperature');
  });

  it('fails with upstream_unavailable after the text already sent and an estimated usage when the stream is cut', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 5, dropAfterChunks: 4 }));
    const { events, error } = await run(textRequest('gpt-4.1-mini'));
    expect(error?.code).toBe('upstream_unavailable');
    expect(eventsOfType(events, 'delta').length).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)).toMatchObject({ type: 'usage', usage: { estimated: true } });
  });

  it('fails with upstream_timeout when the text stops coming', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 5, hangAfterChunks: 3 }));
    const { error } = await run(textRequest('gpt-4.1-mini'), { settings: { timeoutMs: 300 } });
    expect(error?.code).toBe('upstream_timeout');
    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
  });

  it('fails with output_truncated after usage when the token limit cut the text', async () => {
    fake().enqueue(fakeScenario.streamReply({ finishReason: 'length' }));
    const { events, error } = await run(textRequest('gpt-4.1-mini'));
    expect(error?.code).toBe('output_truncated');
    expect(events.at(-1)?.type).toBe('usage');
  });

  it('aborts the upstream request at once when cancelled, with cancelled', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 2, chunkDelayMs: 20 }));
    const controller = new AbortController();
    const { error } = await run(textRequest('gpt-4.1-mini'), {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'delta') controller.abort();
      },
    });
    expect(error?.code).toBe('cancelled');
    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
  });

  it('fails with no_api_key before any request when the key is missing', async () => {
    const { error } = await run(textRequest('gpt-4.1-mini'), { settings: { apiKey: null } });
    expect(error?.code).toBe('no_api_key');
    expect(fake().requests).toHaveLength(0);
  });
});
