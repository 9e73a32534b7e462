import type { GenerationResult } from '../core/schemas/generation-result.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { Question } from '../core/schemas/question.js';
import type { Usage } from '../core/schemas/usage.js';

/** Why a generation waits before trying the AI service again. */
export type RetryCode = 'upstream_rate_limited' | 'upstream_unavailable';

/**
 * What a generation yields, in this order: `retry` while waiting to try again after a transient
 * failure, `prompt` (the messages actually sent), one `question` per question as soon as it is
 * complete in the stream, `progress` about twice a second with the tokens spent so far, `result` (the whole validated reply), and
 * `usage` when the server reported it. A failure is thrown as an AppError after the events
 * already yielded; a truncated or unreadable reply still yields its `usage` before the error.
 */
export type LlmEvent =
  | { type: 'retry'; attempt: number; delaySeconds: number; code: RetryCode; message: string }
  | { type: 'prompt'; model: string; messages: PromptMessage[] }
  | { type: 'progress'; inputTokens: number; outputTokens: number; costUsd: number | null }
  | { type: 'question'; index: number; question: Question }
  | { type: 'result'; result: GenerationResult }
  | { type: 'usage'; usage: Usage };
