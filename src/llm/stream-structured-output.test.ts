import { describe, expect, it, vi } from 'vitest';
import { buildFakeModelReply, readReplyShape } from '../../test/support/fake-model-replies.js';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import type { StructuredOutputRequest } from './structured-output-request.js';
import { ITEM_LIST_SCHEMA, itemListRequest, questionsRequest } from './testing/build-test-requests.js';
import { createRecordingLogger } from './testing/create-recording-logger.js';
import { createTestLlmClient } from './testing/create-test-llm-client.js';
import { eventsOfType, eventTypesOf } from './testing/drain-structured-output.js';
import { runTestCall, type TestCallOptions } from './testing/run-test-call.js';
import { useFakeServer } from './testing/use-fake-server.js';

// Tokens and cost (progress, usage, estimated usage) are in stream-structured-output.spend.test.ts.

const fake = useFakeServer(startFakeOpenAI);

const run = (request: StructuredOutputRequest, options?: TestCallOptions) =>
  runTestCall(fake().baseURL, request, options);

describe('a structured call', () => {
  it('yields opened, each element as written, then usage, and returns the whole text', async () => {
    const request = questionsRequest('gpt-4.1-mini', { questionCount: 4 });
    const { events, end, error } = await run(request);

    expect(error).toBeNull();
    expect(eventTypesOf(events)).toEqual(['opened', 'element', 'element', 'element', 'element', 'usage']);
    const expected = buildFakeModelReply(readReplyShape(request.responseFormat.schema));
    const elements = eventsOfType(events, 'element');
    expect(elements.map((event) => event.index)).toEqual([0, 1, 2, 3]);
    expect(elements.map((event) => event.value)).toEqual(expected.questions);
    expect(eventsOfType(events, 'opened')[0]).toEqual({
      type: 'opened',
      messages: request.messages,
      responseFormat: 'json_schema',
    });
    expect(fake().requests[0]?.body['messages']).toEqual(request.messages);
    expect(end).toEqual({ text: JSON.stringify(expected), finishReason: 'stop', refusal: null });
  });

  it('knows nothing of questions: it hands over the elements of any schema at elementPath', async () => {
    const content = JSON.stringify({
      questions: [{ name: 'not this one' }],
      items: [{ name: 'apple' }, { name: 'pear' }],
      total: 2,
    });
    fake().enqueue(fakeScenario.streamReply({ content }));
    const { events, end, error } = await run(itemListRequest('gpt-5.4-nano'));

    expect(error).toBeNull();
    expect(fake().requests[0]?.body['response_format']).toEqual({
      type: 'json_schema',
      json_schema: { name: 'item_list', schema: ITEM_LIST_SCHEMA, strict: true },
    });
    expect(eventsOfType(events, 'opened')[0]?.responseFormat).toBe('json_schema');
    expect(eventsOfType(events, 'element')).toEqual([
      { type: 'element', index: 0, value: { name: 'apple' } },
      { type: 'element', index: 1, value: { name: 'pear' } },
    ]);
    expect(end?.text).toBe(content);
  });

  it('yields the first element while the server is still streaming the rest', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 24, chunkDelayMs: 3 }));
    let sentWhenFirstArrived: number | null = null;
    let completedWhenFirstArrived: boolean | null = null;
    const { events } = await run(questionsRequest('gpt-4.1-mini', { questionCount: 5 }), {
      onEvent: (event) => {
        if (event.type !== 'element' || sentWhenFirstArrived !== null) return;
        sentWhenFirstArrived = fake().requests[0]?.chunksSent ?? null;
        completedWhenFirstArrived = fake().requests[0]?.completed ?? null;
      },
    });

    const recorded = fake().requests[0];
    expect(completedWhenFirstArrived).toBe(false);
    expect(sentWhenFirstArrived).toBeLessThan((recorded?.totalChunks ?? 0) / 2);
    expect(recorded?.completed).toBe(true);
    expect(eventsOfType(events, 'element')).toHaveLength(5);
  });

  it('returns the whole reply in the text (analysis, plan) and case-study elements whole', async () => {
    const chain = await run(questionsRequest('gpt-4.1-mini', { technique: 'chain_of_thought', questionCount: 2 }));
    expect(JSON.parse(chain.end?.text ?? '{}').analysis.skillsToProbe.length).toBeGreaterThan(0);

    const structured = await run(
      questionsRequest('gpt-4.1-mini', { technique: 'structured_output', questionCount: 3 }),
    );
    const document = JSON.parse(structured.end?.text ?? '{}');
    expect(document.preparationPlan.length).toBeGreaterThan(0);
    expect(document.questions).toHaveLength(3);
    expect(
      eventsOfType(structured.events, 'element').every(
        (event) => (event.value as { redFlags: string[] }).redFlags.length > 0,
      ),
    ).toBe(true);

    const caseStudy = await run(questionsRequest('gpt-4.1-mini', { interviewType: 'case_study', questionCount: 2 }));
    const values = eventsOfType(caseStudy.events, 'element').map(
      (event) => event.value as { caseStudy: { dataProvided: string[] } },
    );
    expect(values).toHaveLength(2);
    expect(values.every((value) => value.caseStudy.dataProvided.length > 0)).toBe(true);
  });
});

describe('what the caller validates, not the port', () => {
  it('returns a reply that is not JSON as it came, with no elements', async () => {
    fake().enqueue(fakeScenario.malformedContent());
    const { events, end, error } = await run(questionsRequest('gpt-4.1-mini'));
    expect(error).toBeNull();
    expect(eventsOfType(events, 'element')).toHaveLength(0);
    expect(end).toEqual({
      text: 'Sure! Here are some questions:\n1. Tell me about yourself.\n2. Why this company? {not json',
      finishReason: 'stop',
      refusal: null,
    });
  });

  it('hands over elements that do not fit the schema unchanged', async () => {
    const content = '{"questions": [{"question": "Why us?"}], "strategy": 3}';
    fake().enqueue(fakeScenario.streamReply({ content }));
    const { events, end } = await run(questionsRequest('gpt-4.1-mini'));
    expect(eventsOfType(events, 'element').map((event) => event.value)).toEqual([{ question: 'Why us?' }]);
    expect(end?.text).toBe(content);
  });

  it('reads the elements of a reply wrapped in prose and a markdown fence', async () => {
    fake().enqueue(
      fakeScenario.streamReply({ content: (json) => `Here you go:\n\`\`\`json\n${json}\n\`\`\`\nGood luck!` }),
    );
    const { events, end, error } = await run(questionsRequest('gpt-4.1-mini'));
    expect(error).toBeNull();
    expect(eventsOfType(events, 'element')).toHaveLength(3);
    expect(end?.text).toMatch(/^Here you go:\n```json\n\{.*\}\n```\nGood luck!$/s);
  });
});

describe('finish reasons', () => {
  it('keeps the complete elements of a reply cut off by the token limit, then fails with output_truncated after usage', async () => {
    fake().enqueue(fakeScenario.truncated(2));
    const { events, error, end } = await run(questionsRequest('gpt-4.1-mini', { questionCount: 4 }));

    expect(eventsOfType(events, 'element')).toHaveLength(2);
    expect(events.at(-1)?.type).toBe('usage');
    expect(eventsOfType(events, 'usage')[0]?.usage.estimated).toBeUndefined();
    expect(end).toBeNull();
    expect(error?.code).toBe('output_truncated');
  });

  it('estimates the usage of a truncated reply that reported none', async () => {
    fake().enqueue(fakeScenario.streamReply({ finishReason: 'length', truncateAfterQuestions: 1, usage: 'omit' }));
    const { events, error } = await run(questionsRequest('gpt-4.1-mini'));
    expect(error?.code).toBe('output_truncated');
    expect(events.at(-1)).toMatchObject({ type: 'usage', usage: { estimated: true } });
  });

  it("says so when the provider's content filter stopped the reply, after usage", async () => {
    fake().enqueue(fakeScenario.streamReply({ finishReason: 'content_filter', truncateAfterQuestions: 1 }));
    const { events, error } = await run(questionsRequest('gpt-4.1-mini'));
    expect(error?.code).toBe('output_invalid');
    expect(error?.message).toMatch(/content filter/i);
    expect(events.at(-1)?.type).toBe('usage');
  });
});

describe('failures while streaming', () => {
  it('fails with upstream_timeout, without retrying, when the reply starts but no token follows', async () => {
    fake().enqueue(fakeScenario.streamReply({ firstTokenDelayMs: 2_000 }));
    const { events, error, elapsedMs } = await run(questionsRequest('gpt-4.1-mini'), { settings: { timeoutMs: 300 } });

    expect(error?.code).toBe('upstream_timeout');
    expect(events).toEqual([]);
    expect(elapsedMs).toBeLessThan(1_500);
    expect(fake().requests).toHaveLength(1);
    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
  });

  it('fails with upstream_timeout when the server never answers, and closes the request', async () => {
    fake().enqueue(fakeScenario.hang());
    const { events, error, elapsedMs } = await run(questionsRequest('gpt-4.1-mini'), { settings: { timeoutMs: 300 } });

    expect(error?.code).toBe('upstream_timeout');
    expect(events).toEqual([]);
    expect(fake().requests).toHaveLength(1);
    expect(elapsedMs).toBeLessThan(1_500);
    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
  });

  it('fails with upstream_timeout when the stream goes silent midway, keeping the elements already sent', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 10, hangAfterChunks: 150 }));
    const { error, events } = await run(questionsRequest('gpt-4.1-mini'), { settings: { timeoutMs: 300 } });

    expect(error?.code).toBe('upstream_timeout');
    expect(events[0]?.type).toBe('opened');
    expect(eventsOfType(events, 'element').length).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)).toMatchObject({ type: 'usage', usage: { estimated: true } });
    expect(fake().requests).toHaveLength(1);
    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
  });

  it('fails with upstream_unavailable on an error event inside the stream, without retrying', async () => {
    fake().enqueue(
      fakeScenario.streamReply({
        errorAfterChunks: {
          chunks: 40,
          error: { message: 'The server had an error', type: 'server_error', param: null, code: null },
        },
      }),
    );
    const logger = createRecordingLogger();
    const { error, events } = await run(questionsRequest('gpt-4.1-mini'), { settings: { logger } });
    expect(error?.code).toBe('upstream_unavailable');
    expect(fake().requests).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'usage', usage: { estimated: true } });
    expect(logger.entries.at(-1)).toMatchObject({
      level: 'warn',
      message: 'Model call failed',
      details: { model: 'gpt-4.1-mini' },
    });
  });

  // BUG: stream-structured-output.ts builds the log details as
  // `{ model, code: appError.code, ...describeUpstreamError(error, apiKey) }`; for an SDK error the
  // spread's own `code` (OpenAI's, often null) overwrites the app's code, so the failure log never
  // says which AppError the user got (here 'invalid_api_key' instead of 'upstream_auth').
  it("logs a failure with the app's error code", async () => {
    fake().enqueue(fakeScenario.invalidApiKey());
    const logger = createRecordingLogger();
    const { error } = await run(questionsRequest('gpt-4.1-mini'), { settings: { logger } });
    expect(error?.code).toBe('upstream_auth');
    expect(logger.entries.at(-1)).toMatchObject({
      level: 'warn',
      message: 'Model call failed',
      details: { code: 'upstream_auth' },
    });
  });
});

describe('cancel', () => {
  it('aborts the upstream request when the caller stops reading', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 5, chunkDelayMs: 5 }));
    const llm = createTestLlmClient(fake().baseURL);
    const stream = llm.streamStructuredOutput(questionsRequest('gpt-4.1-mini'), {
      signal: new AbortController().signal,
    });
    for await (const event of stream) if (event.type === 'element') break;

    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
    expect(fake().requests[0]?.completed).toBe(false);
  });

  it('aborts the upstream request as soon as the signal aborts, and logs it as info', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 5, chunkDelayMs: 5 }));
    const controller = new AbortController();
    const logger = createRecordingLogger();
    const { error, events } = await run(questionsRequest('gpt-4.1-mini'), {
      settings: { logger },
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'element') controller.abort();
      },
    });

    expect(error?.code).toBe('cancelled');
    expect(eventsOfType(events, 'element')).toHaveLength(1);
    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
    expect(fake().requests[0]?.completed).toBe(false);
    expect(logger.entries.map((entry) => [entry.level, entry.message])).toEqual([['info', 'Model call cancelled']]);
  });

  it('cancels quickly while waiting to retry', async () => {
    fake().enqueue(fakeScenario.rateLimited(5));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, events, elapsedMs } = await run(questionsRequest('gpt-4.1-mini'), { signal: controller.signal });
    expect(error?.code).toBe('cancelled');
    expect(events.map((event) => event.type)).toEqual(['retry']);
    expect(elapsedMs).toBeLessThan(1_000);
    expect(fake().requests).toHaveLength(1);
  });

  it('cancels while the server has not answered yet, with nothing to count', async () => {
    fake().enqueue(fakeScenario.hang());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, events, elapsedMs } = await run(questionsRequest('gpt-4.1-mini'), { signal: controller.signal });
    expect(error?.code).toBe('cancelled');
    expect(events).toEqual([]);
    expect(elapsedMs).toBeLessThan(1_000);
    await vi.waitFor(() => expect(fake().requests[0]?.aborted).toBe(true));
  });

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { error, events } = await run(questionsRequest('gpt-4.1-mini'), { signal: controller.signal });
    expect(error?.code).toBe('cancelled');
    expect(events).toEqual([]);
    expect(fake().requests).toHaveLength(0);
  });
});
