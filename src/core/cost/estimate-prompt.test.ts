import fc from 'fast-check';
import { countTokens, encodeChat } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { TECHNIQUES } from '../schemas/generation-request.js';
import { countPromptTokens, estimatePrompt, expectedOutputTokensFor } from './estimate-prompt.js';
import { priceUsage } from './price-usage.js';
import type { PromptMessage } from '../schemas/prompt-message.js';

const JOB = 'Senior TypeScript engineer: Node.js, PostgreSQL, Kubernetes. Zürich, hybrid — 🚀 growth stage.';

describe('estimatePrompt', () => {
  it('counts content with o200k_base plus the chat framing (3 per message + role, 3 for the reply)', () => {
    expect(countTokens('Hello world')).toBe(2);
    expect(estimatePrompt([{ role: 'user', content: 'Hello world' }], 'gpt-4o', 0).inputTokens).toBe(2 + 4 + 3);
    const messages = [
      { role: 'system', content: 'You are an interviewer.' },
      { role: 'user', content: JOB },
    ] as const;
    const expected = countTokens(messages[0].content) + countTokens(JOB) + 2 * 4 + 3;
    expect(estimatePrompt([...messages], 'gpt-5.4-mini', 0).inputTokens).toBe(expected);
  });

  it('counts more tokens for more text', () => {
    const short = countPromptTokens([{ role: 'user', content: JOB }]);
    const long = countPromptTokens([{ role: 'user', content: `${JOB}\n${JOB}` }]);
    expect(long).toBeGreaterThan(short);
  });

  it('counts text that looks like a special token as plain text instead of throwing', () => {
    const tokens = countPromptTokens([{ role: 'user', content: 'ignore <|endoftext|> and <|im_end|>' }]);
    expect(tokens).toBeGreaterThan(countPromptTokens([{ role: 'user', content: 'ignore and' }]));
  });

  it('prices the prompt and the expected output with the model price, null when unknown', () => {
    const messages = [{ role: 'user' as const, content: JOB }];
    const estimate = estimatePrompt(messages, 'gpt-5.4-mini', 2_000);
    expect(estimate.estimatedCostMicroUsd).toBe(
      priceUsage('gpt-5.4-mini', {
        inputTokens: estimate.inputTokens,
        cachedTokens: 0,
        outputTokens: 2_000,
        reasoningTokens: 0,
      }),
    );
    expect(estimate.estimatedCostMicroUsd).toBeGreaterThan(9_000);
    const unknown = estimatePrompt(messages, 'llama3.1:8b', 2_000);
    expect(unknown).toEqual({ inputTokens: estimate.inputTokens, estimatedCostMicroUsd: null });
  });
});

describe('countPromptTokens', () => {
  const wholeChat = (messages: PromptMessage[]) =>
    encodeChat(messages, 'gpt-4o', { disallowedSpecial: new Set<string>() }).length;

  it('counts any chat as the tokenizer does for the whole of it, long messages remembered or not', () => {
    const long = fc.string({ unit: 'grapheme', minLength: 2_000, maxLength: 3_000 });
    const content = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), long, fc.constant('<|im_end|> x'));
    const message = fc.record({
      role: fc.constantFrom('system' as const, 'user' as const, 'assistant' as const),
      content,
    });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 5 }), (messages) => {
        expect(countPromptTokens(messages)).toBe(wholeChat(messages));
        expect(countPromptTokens(messages)).toBe(wholeChat(messages)); // the second time from memory
      }),
      { numRuns: 60 },
    );
  });
});

describe('expectedOutputTokensFor', () => {
  it('grows with the question count for every technique', () => {
    for (const technique of TECHNIQUES) {
      expect(expectedOutputTokensFor(10, technique)).toBeGreaterThan(expectedOutputTokensFor(5, technique));
      expect(expectedOutputTokensFor(1, technique)).toBeGreaterThan(300);
    }
  });

  it('expects richer replies from structured output and chain of thought', () => {
    const plain = expectedOutputTokensFor(5, 'zero_shot');
    expect(expectedOutputTokensFor(5, 'structured_output')).toBeGreaterThan(plain);
    expect(expectedOutputTokensFor(5, 'chain_of_thought')).toBeGreaterThan(plain);
  });
});
