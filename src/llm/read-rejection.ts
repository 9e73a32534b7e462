import { BadRequestError } from 'openai';

/** A 400 the adapter can work around by changing the request. */
export type Rejection =
  | { kind: 'parameter'; param: string }
  /** `schemaOnly`: this schema was refused (a keyword strict mode does not permit), not the format itself. */
  | { kind: 'response_format'; schemaOnly: boolean };

const PARAMETER_CODES = new Set(['unsupported_parameter', 'unsupported_value']);
// OpenAI and the local servers reject response_format with a message only (code null), so this
// one case is recognised by its text.
const RESPONSE_FORMAT_MESSAGE = /response_format|json_schema|json_object|structured output/i;
/** OpenAI's wording for a schema it refuses: "Invalid schema for response_format '...': ...". */
const INVALID_SCHEMA_MESSAGE = /invalid schema for response_format/i;

/**
 * Reads a 400 that rejects one request parameter (`unsupported_parameter` / `unsupported_value`
 * naming it) or the response_format (json_schema / JSON mode not supported). Null otherwise.
 */
export function readRejection(error: unknown): Rejection | null {
  if (!(error instanceof BadRequestError)) return null;
  if (error.param === 'response_format' || error.param?.startsWith('response_format.')) {
    return { kind: 'response_format', schemaOnly: INVALID_SCHEMA_MESSAGE.test(error.message) };
  }
  if (error.code && PARAMETER_CODES.has(error.code) && error.param) {
    return { kind: 'parameter', param: error.param };
  }
  if (!error.param && RESPONSE_FORMAT_MESSAGE.test(error.message)) {
    return { kind: 'response_format', schemaOnly: INVALID_SCHEMA_MESSAGE.test(error.message) };
  }
  return null;
}
