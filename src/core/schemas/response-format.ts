import { MODEL_OUTPUT_SCHEMA_NAME, modelOutputSchemaFor, type ReplyShape } from './model-output.js';
import { toStrictJsonSchema, type JsonSchema, type JsonValue } from './strict-json-schema.js';

export { MODEL_OUTPUT_SCHEMA_NAME };

/** What a request asks the model to reply with: the strict JSON schema sent, as text too. */
export type ResponseFormat = {
  name: typeof MODEL_OUTPUT_SCHEMA_NAME;
  /** Sent as `response_format.json_schema.schema` with `strict: true`. Shared between requests: never mutate it (it is frozen). */
  schema: JsonSchema;
  /** The schema as JSON text: billed as input, so every cost estimate counts it. */
  schemaText: string;
};

const formats = new Map<string, ResponseFormat>();

/**
 * The response format for a generation request, on every request and every estimate: built per
 * interview type, technique and question count, each converted once.
 */
export function responseFormatFor(shape: ReplyShape): ResponseFormat {
  const key = `${shape.interviewType}/${shape.technique}/${shape.questionCount}`;
  let format = formats.get(key);
  if (format === undefined) {
    const schema = deepFreeze(toStrictJsonSchema(modelOutputSchemaFor(shape)));
    format = { name: MODEL_OUTPUT_SCHEMA_NAME, schema, schemaText: JSON.stringify(schema) };
    formats.set(key, format);
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
