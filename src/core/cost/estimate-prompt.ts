import { countTokens, encodeChatGenerator } from 'gpt-tokenizer/encoding/o200k_base';
import type { Technique } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { priceUsage } from './price-usage.js';

export type PromptEstimate = {
  /** Prompt tokens as the API will count them (o200k_base, chat framing included). */
  inputTokens: number;
  /** Expected cost in integer micro-dollars, or null when the model's price is unknown. */
  estimatedCostMicroUsd: number | null;
};

/** Any o200k chat model: they share the chat framing (3 tokens + role per message, 3 for the reply). */
const CHAT_FORMAT_MODEL = 'gpt-4o';

/** Text that looks like a special token (`<|endoftext|>`) is counted as plain text, as the API does. */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

function countChatTokens(messages: readonly PromptMessage[]): number {
  let tokens = 0;
  for (const piece of encodeChatGenerator(messages, CHAT_FORMAT_MODEL, PLAIN_TEXT)) tokens += piece.length;
  return tokens;
}

/** The tokens that open the reply, which every chat has once. */
const REPLY_PRIMING_TOKENS = countChatTokens([]);
/**
 * Shared messages seen lately (system prompts, few-shot examples, schemas): their tokens with their
 * framing, least recently used first. A chat's last user message (the posting and profile) is never
 * kept: it differs per request, and it is the user's.
 */
const messageTokens = new Map<string, number>();
const MESSAGES_REMEMBERED = 200;
/** Below this a message is counted every time: remembering it would cost more than counting it. */
const REMEMBERED_FROM_CHARS = 2_000;

const countMessage = (message: PromptMessage) => countChatTokens([message]) - REPLY_PRIMING_TOKENS;

/**
 * A message's tokens with its framing. Special tokens frame every message, so no BPE merge crosses
 * from one into the next and a chat's count is the priming plus its messages' counts.
 */
function tokensOfMessage(message: PromptMessage, shared: boolean): number {
  if (!shared || message.content.length < REMEMBERED_FROM_CHARS) return countMessage(message);
  const key = `${message.role}\u0000${message.content}`;
  const tokens = messageTokens.get(key) ?? countMessage(message);
  messageTokens.delete(key);
  messageTokens.set(key, tokens);
  if (messageTokens.size > MESSAGES_REMEMBERED) messageTokens.delete(messageTokens.keys().next().value!);
  return tokens;
}

/**
 * Counts the prompt tokens of a chat with the o200k_base tokenizer used by GPT-4o, GPT-4.1 and
 * GPT-5. Every request of a technique shares its system prompt, example replies and schema (~5,000
 * tokens, ~2.5 ms to count): those are counted once and remembered; the last user message each time.
 */
export function countPromptTokens(messages: readonly PromptMessage[]): number {
  const ownMessage = messages.findLastIndex((message) => message.role === 'user');
  let tokens = REPLY_PRIMING_TOKENS;
  messages.forEach((message, index) => (tokens += tokensOfMessage(message, index !== ownMessage)));
  return tokens;
}

/** Counts the tokens of plain text (a reply) with the o200k_base tokenizer. */
export function countTextTokens(text: string): number {
  return countTokens(text, PLAIN_TEXT);
}

/**
 * Estimates a call before it is sent: exact prompt tokens and the cost of those plus
 * `expectedOutputTokens` (no cache discount assumed, so the estimate errs high).
 */
export function estimatePrompt(
  messages: readonly PromptMessage[],
  modelId: string,
  expectedOutputTokens: number,
): PromptEstimate {
  const inputTokens = countPromptTokens(messages);
  const estimatedCostMicroUsd = priceUsage(modelId, {
    inputTokens,
    cachedTokens: 0,
    outputTokens: expectedOutputTokens,
    reasoningTokens: 0,
  });
  return { inputTokens, estimatedCostMicroUsd };
}

/**
 * Output tokens per question: every technique asks for the same fields (text, basedOn, signals, red
 * flags, framework, hints, follow-ups). The few-shot examples average 361 tokens a question
 * (measured with the o200k tokenizer); structured output's final check tends to fuller lists.
 */
const TOKENS_PER_QUESTION: Record<Technique, number> = {
  few_shot: 360,
  zero_shot: 360,
  role_based: 360,
  chain_of_thought: 360,
  structured_output: 400,
};

/**
 * Output tokens outside the questions: the posting analysis, the preparation plan and the strategy
 * (the examples average 363), plus chain of thought's analysis.
 */
const FIXED_TOKENS: Record<Technique, number> = {
  few_shot: 400,
  zero_shot: 400,
  role_based: 400,
  chain_of_thought: 700,
  structured_output: 400,
};

/**
 * A reasonable guess at the visible output of a reply with `questionCount` questions.
 * Reasoning tokens of reasoning models come on top and are not predictable here.
 */
export function expectedOutputTokensFor(questionCount: number, technique: Technique): number {
  return FIXED_TOKENS[technique] + Math.max(0, Math.round(questionCount)) * TOKENS_PER_QUESTION[technique];
}
