import type { InterviewType, Technique } from './generation-request.js';
import { MODEL_OUTPUT_SCHEMA_NAME, modelOutputSchemaFor, type ModelOutputSchema } from './model-output.js';
import { toStrictJsonSchema, type JsonSchema, type JsonValue } from './strict-json-schema.js';

export { MODEL_OUTPUT_SCHEMA_NAME };

/** What a request asks the model to reply with: the strict JSON schema sent, and the zod schema that checks the reply. */
export type ResponseFormat = {
  name: typeof MODEL_OUTPUT_SCHEMA_NAME;
  /** Sent as `response_format.json_schema.schema` with `strict: true`. Shared between requests: never mutate it (it is frozen). */
  schema: JsonSchema;
  /** Checks the parsed reply, including the bounds strict mode does not accept (string lengths). */
  outputSchema: ModelOutputSchema;
};

const formats = new Map<Technique, ResponseFormat>();

/**
 * The response format for a generation request, on every request and every estimate. The schema
 * depends only on the technique today; interviewType is taken so callers need not change when it
 * comes to depend on it too. Each technique's schema is converted once.
 */
export function responseFormatFor(request: { interviewType: InterviewType; technique: Technique }): ResponseFormat {
  return formatOf(request.technique);
}

/** The strict schema responseFormatFor sends for a technique, for counting it as billed input. */
export function responseSchemaFor(technique: Technique): JsonSchema {
  return formatOf(technique).schema;
}

function formatOf(technique: Technique): ResponseFormat {
  let format = formats.get(technique);
  if (format === undefined) {
    const outputSchema = modelOutputSchemaFor(technique);
    format = { name: MODEL_OUTPUT_SCHEMA_NAME, schema: deepFreeze(toStrictJsonSchema(outputSchema)), outputSchema };
    formats.set(technique, format);
  }
  return format;
}

function deepFreeze<Value extends JsonValue>(value: Value): Value {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
