import { z } from 'zod';
import type { Technique } from './generation-request.js';
import { modelOutputSchemaFor } from './model-output.js';
import type { PromptMessage } from './prompt-message.js';

const schemaTexts = new Map<Technique, string>();

/**
 * The JSON schema of a technique's reply as text: it is sent as `response_format` and billed as
 * input tokens, so every count of what a generation costs includes it.
 */
export function responseSchemaText(technique: Technique): string {
  // Five techniques, asked on every estimate while the user types: convert each once.
  let text = schemaTexts.get(technique);
  if (text === undefined) {
    text = JSON.stringify(z.toJSONSchema(modelOutputSchemaFor(technique)));
    schemaTexts.set(technique, text);
  }
  return text;
}

/** The input the AI service bills for a request: its messages plus the response schema. */
export function billedInputOf(messages: readonly PromptMessage[], technique: Technique): PromptMessage[] {
  return [...messages, { role: 'system', content: responseSchemaText(technique) }];
}
