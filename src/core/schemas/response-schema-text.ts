import { z } from 'zod';
import type { Technique } from './generation-request.js';
import { modelOutputSchemaFor } from './model-output.js';

/**
 * The JSON schema of a technique's reply as text: it is sent as `response_format` and billed as
 * input tokens, so every count of what a generation costs includes it.
 */
export function responseSchemaText(technique: Technique): string {
  return JSON.stringify(z.toJSONSchema(modelOutputSchemaFor(technique)));
}
