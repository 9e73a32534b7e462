import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompletionChunk, type CompletionChunk } from './parse-completion-chunk.js';

/** What the app reads of a chunk (see CompletionChunk), from any parse of it. */
function readByApp(chunk: CompletionChunk & { error?: object }) {
  return {
    model: chunk.model,
    usage: chunk.usage ?? null,
    error: chunk.error,
    choices: chunk.choices.map((choice) => ({
      content: choice.delta?.content ?? null,
      refusal: choice.delta?.refusal ?? null,
      finishReason: choice.finish_reason ?? null,
    })),
  };
}

const text = fc.string({ unit: 'binary', maxLength: 12 });
const extras = fc.record(
  {
    service_tier: fc.constantFrom('default', 'flex', null),
    system_fingerprint: fc.oneof(text, fc.constant(null)),
    obfuscation: text,
    usage: fc.constant(null),
  },
  { requiredKeys: [] },
);

/** A content chunk laid out as OpenAI writes it (the fake of the tests too), extras in any order. */
const contentChunk = fc
  .record({ id: text, created: fc.nat(), model: text, content: text, extras, extrasFirst: fc.boolean() })
  .map(({ id, created, model, content, extras, extrasFirst }) => {
    const { obfuscation, ...leading } = extras;
    const choices = [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }];
    const head = { id, object: 'chat.completion.chunk', created, model };
    return extrasFirst
      ? { ...head, ...leading, choices, ...(obfuscation === undefined ? {} : { obfuscation }) }
      : { ...head, choices, ...extras };
  });

describe('parseCompletionChunk', () => {
  it('reads a content chunk as JSON.parse does, whatever its text, model and optional fields', () => {
    fc.assert(
      fc.property(contentChunk, (chunk) => {
        const data = JSON.stringify(chunk);
        expect(readByApp(parseCompletionChunk(data))).toEqual(readByApp(JSON.parse(data)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads the usual content chunks without building the whole object (the fields it skips are absent)', () => {
    const openAI =
      '{"id":"chatcmpl-B9","object":"chat.completion.chunk","created":1733000000,"model":"gpt-4.1-mini-2025-04-14","service_tier":"default","system_fingerprint":"fp_6f2e","choices":[{"index":0,"delta":{"content":" \\"quoted\\" \\u00e9"},"logprobs":null,"finish_reason":null}],"obfuscation":"kR3x"}';
    const fake =
      '{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4.1-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":"Tell"},"logprobs":null,"finish_reason":null}],"usage":null}';
    for (const data of [openAI, fake]) {
      const chunk = parseCompletionChunk(data);
      expect(chunk).not.toHaveProperty('id');
      expect(readByApp(chunk)).toEqual(readByApp(JSON.parse(data)));
    }
    expect(parseCompletionChunk(openAI).choices[0]?.delta?.content).toBe(' "quoted" é');
  });

  it('parses any other chunk in full: finish reasons, usage, refusals, errors, other layouts', () => {
    const usage = { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 };
    const head = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
    const delta = { content: 'x' };
    const others = [
      { ...head, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }] },
      { ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason: 'length' }] },
      { ...head, choices: [], usage },
      { ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason: null }], usage },
      { ...head, choices: [{ index: 0, delta: { refusal: 'no' }, logprobs: null, finish_reason: null }] },
      { ...head, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
      { ...head, choices: [{ index: 1, delta, logprobs: null, finish_reason: null }] },
      { choices: [{ index: 0, delta, logprobs: null, finish_reason: null }], ...head },
      { ...head, choices: [{ index: 0, delta: { content: 'a', refusal: 'b' }, logprobs: null, finish_reason: null }] },
      { ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason: null }], extra: { nested: 1 } },
      { error: { message: 'overloaded', type: 'server_error' } },
    ];
    for (const chunk of others) {
      const data = JSON.stringify(chunk);
      expect(parseCompletionChunk(data)).toEqual(JSON.parse(data));
    }
  });

  it('throws on data that is not JSON, as JSON.parse does', () => {
    const broken =
      '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"\\q"},"logprobs":null,"finish_reason":null}]}';
    expect(() => parseCompletionChunk(broken)).toThrow(SyntaxError);
    expect(() => parseCompletionChunk('{"choices":')).toThrow(SyntaxError);
  });
});
