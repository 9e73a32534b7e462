import { describe, expect, it } from 'vitest';
import { buildFakeModelReply } from '../../test/support/fake-model-replies.js';
import { readReplyRequest } from '../../test/support/fake-openai-model-rules.js';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { countPromptTokens, countTextTokens } from '../core/cost/estimate-prompt.js';
import { microUsdToUsd, priceUsage } from '../core/cost/price-usage.js';
import { findModel } from '../core/models/model-registry.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { StructuredOutputRequest } from './structured-output-request.js';
import { questionsRequest } from './testing/build-test-requests.js';
import { eventsOfType, eventTypesOf } from './testing/drain-structured-output.js';
import { runTestCall, type TestCallOptions } from './testing/run-test-call.js';
import { useFakeServer } from './testing/use-fake-server.js';

// What a structured call spends: progress while it streams (spend-meter.ts), the usage the
// server reports, and the usage counted here when it never does.

const fake = useFakeServer(startFakeOpenAI);

const run = (request: StructuredOutputRequest, options?: TestCallOptions) =>
  runTestCall(fake().baseURL, request, options);

/** The prompt tokens a json_schema call is billed for: the messages and the schema. */
function billedInputTokens(messages: readonly PromptMessage[], schema: unknown): number {
  return countPromptTokens([...messages, { role: 'system', content: JSON.stringify(schema) }]);
}

function costUsdOf(model: string, inputTokens: number, outputTokens: number): number | null {
  const microUsd = priceUsage(model, { inputTokens, cachedTokens: 0, outputTokens, reasoningTokens: 0 });
  return microUsd === null ? null : microUsdToUsd(microUsd);
}

/** The content the fake streamed for the request it recorded at `index` (its default reply). */
function defaultContentOf(index: number): string {
  return JSON.stringify(buildFakeModelReply(readReplyRequest(fake().requests[index]?.body ?? {})));
}

describe('tokens and cost', () => {
  it('reports progress about once a second and once at the end, counting the billed input once and each piece of the reply once', async () => {
    const model = 'gpt-4.1-mini';
    const request = questionsRequest(model, { questionCount: 5 });
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 20, chunkDelayMs: 10 }));
    const { events, end, elapsedMs, error } = await run(request);

    expect(error).toBeNull();
    const progress = eventsOfType(events, 'progress').map((event) => event.spend);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.length).toBeLessThanOrEqual(Math.floor(elapsedMs / 1_000) + 2);
    const inputTokens = billedInputTokens(request.messages, request.responseFormat.schema);
    const replyTokens = countTextTokens(end?.text ?? '');
    let previous = 0;
    for (const spend of progress) {
      expect(spend.inputTokens).toBe(inputTokens);
      expect(spend.outputTokens).toBeGreaterThan(previous);
      expect(spend.costUsd).toBe(costUsdOf(model, spend.inputTokens, spend.outputTokens));
      previous = spend.outputTokens;
    }
    // Text counted again at each report would add up to more than the whole reply; pieces cut
    // mid-token may count a token more each.
    expect(progress.at(-1)?.outputTokens).toBeLessThanOrEqual(replyTokens + progress.length);
    expect(events.at(-1)?.type).toBe('usage');
  });

  it('ends with a report of the whole reply when the server reports no usage', async () => {
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 20, chunkDelayMs: 10, usage: 'omit' }));
    const { events, end, error } = await run(questionsRequest('gpt-4.1-mini', { questionCount: 3 }));

    expect(error).toBeNull();
    const last = eventsOfType(events, 'progress').at(-1)?.spend;
    const replyTokens = countTextTokens(end?.text ?? '');
    expect(last?.outputTokens).toBeGreaterThanOrEqual(replyTokens);
    expect(last?.outputTokens).toBeLessThanOrEqual(replyTokens + eventsOfType(events, 'progress').length);
  });

  it('reports usage with cached and reasoning tokens priced from the registry', async () => {
    fake().enqueue(
      fakeScenario.streamReply({
        usage: { promptTokens: 2_000, cachedTokens: 1_200, completionTokens: 3_000, reasoningTokens: 1_000 },
      }),
    );
    const { events } = await run(questionsRequest('gpt-5.4-mini'));

    const usage = events.at(-1);
    expect(usage?.type).toBe('usage');
    if (usage?.type !== 'usage') return;
    const price = findModel('gpt-5.4-mini')?.price;
    if (!price) throw new Error('gpt-5.4-mini must be in the registry');
    const expectedUsd =
      (800 * price.inputPerMillion + 1_200 * price.cachedInputPerMillion + 3_000 * price.outputPerMillion) / 1e6;
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
    const { events } = await run(questionsRequest('llama3.1:8b'));
    const [usage] = eventsOfType(events, 'usage');
    expect(usage?.usage.costUsd).toBeNull();
    expect(usage?.usage.inputTokens).toBeGreaterThan(0);
    expect(usage?.usage.estimated).toBeUndefined();
  });

  it('yields no usage event when a complete reply reports none', async () => {
    fake().enqueue(fakeScenario.streamReply({ usage: 'omit' }));
    const { events, error, end } = await run(questionsRequest('gpt-4.1-mini'));
    expect(error).toBeNull();
    expect(eventTypesOf(events).at(-1)).toBe('element');
    expect(end?.finishReason).toBe('stop');
  });

  it('counts the tokens of a connection dropped mid-reply, marked estimated, and does not retry it', async () => {
    const model = 'gpt-4o-mini';
    const request = questionsRequest(model);
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 10, dropAfterChunks: 150 }));
    const { events, error } = await run(request);

    expect(error?.code).toBe('upstream_unavailable');
    expect(fake().requests).toHaveLength(1);
    expect(eventsOfType(events, 'element').length).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)?.type).toBe('usage');
    const received = Array.from(defaultContentOf(0))
      .slice(0, 150 * 10)
      .join('');
    const inputTokens = billedInputTokens(request.messages, request.responseFormat.schema);
    const outputTokens = countTextTokens(received);
    expect(eventsOfType(events, 'usage')).toEqual([
      {
        type: 'usage',
        usage: {
          inputTokens,
          cachedTokens: 0,
          outputTokens,
          reasoningTokens: 0,
          costUsd: costUsdOf(model, inputTokens, outputTokens),
          model,
          estimated: true,
        },
      },
    ]);
  });

  it('counts the tokens of a call cancelled mid-reply, marked estimated', async () => {
    const model = 'gpt-4.1-mini';
    const request = questionsRequest(model, { questionCount: 4 });
    fake().enqueue(fakeScenario.streamReply({ chunkSize: 5, chunkDelayMs: 5 }));
    const controller = new AbortController();
    const { events, error } = await run(request, {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'element') controller.abort();
      },
    });

    expect(error?.code).toBe('cancelled');
    expect(eventTypesOf(events)).toEqual(['opened', 'element', 'usage']);
    const [usage] = eventsOfType(events, 'usage');
    const inputTokens = billedInputTokens(request.messages, request.responseFormat.schema);
    expect(usage?.usage).toMatchObject({ inputTokens, cachedTokens: 0, reasoningTokens: 0, model, estimated: true });
    const outputTokens = usage?.usage.outputTokens ?? 0;
    // At least the first element, never more than the whole reply.
    const firstElement = JSON.stringify(eventsOfType(events, 'element')[0]?.value);
    expect(outputTokens).toBeGreaterThanOrEqual(countTextTokens(firstElement));
    expect(outputTokens).toBeLessThan(countTextTokens(defaultContentOf(0)));
    expect(usage?.usage.costUsd).toBe(costUsdOf(model, inputTokens, outputTokens));
  });

  it('counts what the prompt-only fallback sent as input: the messages with the shape, no separate schema', async () => {
    fake().enqueue(
      fakeScenario.jsonSchemaUnsupported(),
      fakeScenario.jsonObjectUnsupported(),
      fakeScenario.streamReply({ usage: 'omit', chunkSize: 5, chunkDelayMs: 5 }),
    );
    const controller = new AbortController();
    const { events } = await run(questionsRequest('gpt-4.1-mini'), {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'element') controller.abort();
      },
    });
    const [opened] = eventsOfType(events, 'opened');
    expect(opened?.responseFormat).toBe('none');
    expect(eventsOfType(events, 'usage')[0]?.usage.inputTokens).toBe(countPromptTokens(opened?.messages ?? []));
  });
});
