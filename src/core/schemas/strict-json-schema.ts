import { z } from 'zod';

/** A JSON value: what a JSON schema is made of once it is plain data. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON schema as plain data, ready to be sent as `response_format.json_schema.schema`. */
export type JsonSchema = { [key: string]: JsonValue };

/**
 * Keywords OpenAI's strict structured output accepts (`$schema` only at the root). Anything else is
 * refused before the model runs, so this is an allowlist, as the API's own check is.
 */
export const PERMITTED_SCHEMA_KEYWORDS = [
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  '$ref',
  '$defs',
  'definitions',
  'description',
  'title',
  '$schema',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
] as const;

/**
 * Keywords OpenAI's strict structured output refuses with a 400 ("'minLength' is not permitted").
 * toStrictJsonSchema drops them: the bounds they carry stay checked by the zod schema after parsing.
 */
export const REFUSED_SCHEMA_KEYWORDS = [
  'minLength',
  'maxLength',
  'uniqueItems',
  'patternProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'minContains',
  'maxContains',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
] as const;

const PERMITTED: ReadonlySet<string> = new Set(PERMITTED_SCHEMA_KEYWORDS);
const REFUSED: ReadonlySet<string> = new Set(REFUSED_SCHEMA_KEYWORDS);
const ROOT_ONLY: ReadonlySet<string> = new Set(['$schema']);
/** Keywords that say what a value is; a schema with none of them gives the model nothing to follow. */
const SHAPE_KEYWORDS = ['type', 'anyOf', '$ref', 'enum', 'const'] as const;

type SchemaPath = readonly (string | number)[];
type KeywordVerdict = 'permitted' | 'refused' | 'unknown';

/**
 * Converts a zod schema into the JSON schema strict structured output accepts, the way the SDK's
 * zodResponseFormat does (draft-7, output types), minus the refused keywords, with every object
 * closed (`additionalProperties: false`) and every property required. Throws, naming the keyword
 * and its path, when the schema produces a keyword in neither list, an open object (a record or a
 * loose object), a bare `.optional()` field, or a value with no type left.
 */
export function toStrictJsonSchema(schema: z.ZodType): JsonSchema {
  const converted: unknown = z.toJSONSchema(schema, { target: 'draft-7', override: discriminatedUnionAsAnyOf });
  const root = strictNode(converted, []);
  if (!isObjectNode(root))
    throw new Error(
      `In context=(), the root of a strict schema must be an object, got ${JSON.stringify(root['type'])}.`,
    );
  return root;
}

/**
 * The reasons OpenAI's strict mode would refuse this JSON schema, in the API's own wording
 * ("In context=('properties', 'question'), 'minLength' is not permitted."), in the order a
 * depth-first walk meets them; empty when it would be accepted.
 */
export function findStrictSchemaProblems(jsonSchema: unknown): string[] {
  const problems: string[] = [];
  collectProblems(jsonSchema, [], problems);
  return problems;
}

/**
 * A path into a schema as the API prints it: a Python tuple, `()` for the root,
 * `('items',)` for one element, `('anyOf', 0)` with indices as numbers.
 */
export function formatSchemaContext(path: SchemaPath): string {
  const parts = path.map(pythonRepr);
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}

// Discriminated unions become oneOf, which strict mode does not know; their branches exclude each
// other by the discriminator, so anyOf accepts exactly the same values.
function discriminatedUnionAsAnyOf({
  zodSchema,
  jsonSchema,
}: {
  zodSchema: z.core.$ZodTypes;
  jsonSchema: z.core.JSONSchema.BaseSchema;
}): void {
  const definition = zodSchema._zod.def;
  if (definition.type !== 'union' || !('discriminator' in definition) || jsonSchema.oneOf === undefined) return;
  jsonSchema.anyOf = jsonSchema.oneOf;
  delete jsonSchema.oneOf;
}

function keywordVerdict(keyword: string, path: SchemaPath): KeywordVerdict {
  if (ROOT_ONLY.has(keyword) && path.length > 0) return 'unknown';
  if (PERMITTED.has(keyword)) return 'permitted';
  return REFUSED.has(keyword) ? 'refused' : 'unknown';
}

function strictNode(node: unknown, path: SchemaPath): JsonSchema {
  if (!isJsonObject(node))
    throw new TypeError(
      `In context=${formatSchemaContext(path)}, expected a schema object, got ${JSON.stringify(node)}.`,
    );
  const result: JsonSchema = {};
  const removed: string[] = [];
  for (const [keyword, value] of Object.entries(node)) {
    // The converter may leave undefined placeholders; JSON would drop them, so do we.
    if (value === undefined) continue;
    const verdict = keywordVerdict(keyword, path);
    if (verdict === 'unknown') throw unknownKeywordError(keyword, path);
    if (verdict === 'refused') removed.push(keyword);
    else result[keyword] = strictKeywordValue(keyword, value, path);
  }
  if (isObjectNode(result)) closeObject(result, path);
  assertHasShape(result, path, removed);
  return result;
}

function strictKeywordValue(keyword: string, value: JsonValue, path: SchemaPath): JsonValue {
  switch (keyword) {
    case 'properties':
    case '$defs':
    case 'definitions':
      return mapEntries(value, (child, key) => strictNode(child, [...path, keyword, key]));
    case 'anyOf':
      return listEntries(value, (child, index) => strictNode(child, [...path, keyword, index]));
    case 'items':
      return Array.isArray(value)
        ? listEntries(value, (child, index) => strictNode(child, [...path, keyword, index]))
        : strictNode(value, [...path, keyword]);
    default:
      return value;
  }
}

function closeObject(node: JsonSchema, path: SchemaPath): void {
  const context = formatSchemaContext(path);
  if (node['additionalProperties'] === undefined) node['additionalProperties'] = false;
  if (node['additionalProperties'] !== false) {
    throw new Error(
      `In context=${context}, an object open to other properties (a record or a loose object) cannot be strict: 'additionalProperties' must be false.`,
    );
  }
  const properties = isJsonObject(node['properties']) ? node['properties'] : {};
  const required = new Set(Array.isArray(node['required']) ? node['required'] : []);
  for (const [key, property] of Object.entries(properties)) {
    if (!required.has(key) && !admitsNull(property)) {
      throw new Error(
        `In context=${context}, property ${pythonRepr(key)} is optional but not nullable: strict mode requires every property, so use .nullable() instead of .optional().`,
      );
    }
  }
  node['required'] = Object.keys(properties);
}

function assertHasShape(node: JsonSchema, path: SchemaPath, removed: readonly string[]): void {
  if (SHAPE_KEYWORDS.some((keyword) => node[keyword] !== undefined)) return;
  const cause =
    removed.length > 0
      ? `after removing the refused ${removed.map(pythonRepr).join(', ')}`
      : '(z.any() or z.unknown())';
  throw new Error(
    `In context=${formatSchemaContext(path)}, the schema says nothing about the value ${cause}: strict mode needs a type.`,
  );
}

function unknownKeywordError(keyword: string, path: SchemaPath): Error {
  return new Error(
    `In context=${formatSchemaContext(path)}, ${pythonRepr(keyword)} is in neither PERMITTED_SCHEMA_KEYWORDS nor REFUSED_SCHEMA_KEYWORDS ` +
      '(src/core/schemas/strict-json-schema.ts): find out whether strict mode accepts it and add it to one list, or change the schema.',
  );
}

function collectProblems(node: unknown, path: SchemaPath, problems: string[]): void {
  // Boolean schemas and other non-objects carry no keywords to judge.
  if (!isJsonObject(node)) return;
  const context = formatSchemaContext(path);
  for (const keyword of Object.keys(node)) {
    if (keywordVerdict(keyword, path) !== 'permitted')
      problems.push(`In context=${context}, ${pythonRepr(keyword)} is not permitted.`);
  }
  if (isObjectNode(node)) problems.push(...objectProblems(node, context));
  forEachSubschema(node, path, (child, childPath) => collectProblems(child, childPath, problems));
}

function objectProblems(node: JsonSchema, context: string): string[] {
  const problems: string[] = [];
  if (node['additionalProperties'] !== false) {
    problems.push(`In context=${context}, 'additionalProperties' is required to be supplied and to be false.`);
  }
  const required = Array.isArray(node['required']) ? node['required'] : [];
  const keys = isJsonObject(node['properties']) ? Object.keys(node['properties']) : [];
  for (const key of keys.filter((name) => !required.includes(name))) {
    problems.push(
      `In context=${context}, 'required' is required to be supplied and to be an array including every key in properties. Missing ${pythonRepr(key)}.`,
    );
  }
  return problems;
}

/** Calls visit with each subschema under a permitted keyword; refused ones are reported, not entered. */
function forEachSubschema(
  node: JsonSchema,
  path: SchemaPath,
  visit: (child: JsonValue, path: SchemaPath) => void,
): void {
  for (const keyword of ['properties', '$defs', 'definitions'] as const) {
    const children = node[keyword];
    if (isJsonObject(children))
      for (const [key, child] of Object.entries(children)) visit(child, [...path, keyword, key]);
  }
  for (const keyword of ['anyOf', 'items'] as const) {
    const children = node[keyword];
    if (Array.isArray(children)) children.forEach((child, index) => visit(child, [...path, keyword, index]));
    else if (children !== undefined) visit(children, [...path, keyword]);
  }
  if (isJsonObject(node['additionalProperties']))
    visit(node['additionalProperties'], [...path, 'additionalProperties']);
}

function isObjectNode(node: JsonSchema): boolean {
  const type = node['type'];
  return type === 'object' || (Array.isArray(type) && type.includes('object')) || node['properties'] !== undefined;
}

function admitsNull(schema: JsonValue): boolean {
  if (!isJsonObject(schema)) return schema === true;
  const { type, anyOf, enum: values, const: constant } = schema;
  return (
    type === 'null' ||
    (Array.isArray(type) && type.includes('null')) ||
    (Array.isArray(anyOf) && anyOf.some(admitsNull)) ||
    (Array.isArray(values) && values.includes(null)) ||
    constant === null
  );
}

function isJsonObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapEntries(value: JsonValue, convert: (child: JsonValue, key: string) => JsonValue): JsonValue {
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, convert(child, key)]));
}

function listEntries(value: JsonValue, convert: (child: JsonValue, index: number) => JsonValue): JsonValue {
  return Array.isArray(value) ? value.map(convert) : value;
}

// The API is written in Python and prints paths with repr(): single quotes unless the text holds one.
function pythonRepr(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll(quote, `\\${quote}`)
    .replace(/[\n\r\t]/g, (character) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[character] ?? character)
    .replace(/[\x00-\x1f\x7f]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return quote + escaped + quote;
}
