import type { ReplyShape } from './model-output.js';
import type { PromptMessage } from './prompt-message.js';
import { responseFormatFor } from './response-format.js';

/**
 * The input the AI service bills for a request: its messages plus the response schema, exactly as
 * responseFormatFor sends it in `response_format`.
 */
export function billedInputOf(messages: readonly PromptMessage[], shape: ReplyShape): PromptMessage[] {
  return [...messages, { role: 'system', content: responseFormatFor(shape).schemaText }];
}
