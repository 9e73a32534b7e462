import type { Technique } from './generation-request.js';
import type { PromptMessage } from './prompt-message.js';
import { responseSchemaFor } from './response-format.js';

const schemaTexts = new Map<Technique, string>();

/**
 * The strict JSON schema of a technique's reply as text, exactly as responseFormatFor sends it in
 * `response_format`: it is billed as input tokens, so every count of what a generation costs includes it.
 */
export function responseSchemaText(technique: Technique): string {
  // Five techniques, asked on every estimate while the user types: stringify each once.
  let text = schemaTexts.get(technique);
  if (text === undefined) {
    text = JSON.stringify(responseSchemaFor(technique));
    schemaTexts.set(technique, text);
  }
  return text;
}

/** The input the AI service bills for a request: its messages plus the response schema. */
export function billedInputOf(messages: readonly PromptMessage[], technique: Technique): PromptMessage[] {
  return [...messages, { role: 'system', content: responseSchemaText(technique) }];
}
