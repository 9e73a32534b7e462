import type { GenerationResult } from '../core/schemas/generation-result.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { Question } from '../core/schemas/question.js';
import type { Usage } from '../core/schemas/usage.js';

/**
 * What a generation yields, in this order: `prompt` (the messages actually sent), one `question`
 * per question as soon as it is complete in the stream, `result` (the whole validated reply), and
 * `usage` when the server reported it. A failure is thrown as an AppError after the events
 * already yielded; a truncated or unreadable reply still yields its `usage` before the error.
 */
export type LlmEvent =
  | { type: 'prompt'; model: string; messages: PromptMessage[] }
  | { type: 'question'; index: number; question: Question }
  | { type: 'result'; result: GenerationResult }
  | { type: 'usage'; usage: Usage };
