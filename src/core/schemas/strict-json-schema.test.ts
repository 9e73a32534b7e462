import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  findStrictSchemaProblems,
  formatSchemaContext,
  PERMITTED_SCHEMA_KEYWORDS,
  REFUSED_SCHEMA_KEYWORDS,
  toStrictJsonSchema,
  type JsonSchema,
  type JsonValue,
} from './strict-json-schema.js';

const NOT_REQUIRED = "'required' is required to be supplied and to be an array including every key in properties.";
const NOT_CLOSED = "'additionalProperties' is required to be supplied and to be false.";

/** A strict object around the given properties, so only the keyword under test is a problem. */
function strictObject(properties: Record<string, JsonValue>): JsonSchema {
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

/** A value for a refused keyword that is well-formed for it, as a converter would write it. */
function refusedKeywordValue(keyword: string): JsonValue {
  if (keyword === 'allOf') return [{ type: 'string' }];
  if (['patternProperties', 'dependentSchemas'].includes(keyword)) return { a: { type: 'string' } };
  if (keyword === 'dependentRequired') return { a: ['b'] };
  if (keyword === 'uniqueItems') return true;
  if (
    ['propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'not', 'if', 'then', 'else'].includes(
      keyword,
    )
  ) {
    return { type: 'string' };
  }
  return 1;
}

describe('the keyword lists', () => {
  it('never list a keyword as both permitted and refused', () => {
    const permitted: readonly string[] = PERMITTED_SCHEMA_KEYWORDS;
    expect(REFUSED_SCHEMA_KEYWORDS.filter((keyword) => permitted.includes(keyword))).toEqual([]);
  });
});

describe('formatSchemaContext', () => {
  it.each([
    [[], '()'],
    [['items'], "('items',)"],
    [
      ['properties', 'questions', 'items', 'properties', 'question'],
      "('properties', 'questions', 'items', 'properties', 'question')",
    ],
    [['anyOf', 0], "('anyOf', 0)"],
    [['properties', "it's"], `('properties', "it's")`],
    [['properties', 'a\\b\n'], "('properties', 'a\\\\b\\n')"],
  ] as const)('prints %j as Python prints the tuple: %s', (path, expected) => {
    expect(formatSchemaContext(path)).toBe(expected);
  });
});

describe('findStrictSchemaProblems', () => {
  it('reports the minLength the real API refused, in its wording', () => {
    const schema = strictObject({
      questions: { type: 'array', items: strictObject({ question: { type: 'string', minLength: 1 } }) },
    });
    expect(findStrictSchemaProblems(schema)).toEqual([
      "In context=('properties', 'questions', 'items', 'properties', 'question'), 'minLength' is not permitted.",
    ]);
  });

  it.each(REFUSED_SCHEMA_KEYWORDS)('reports the refused %s with the path of the schema holding it', (keyword) => {
    const schema = strictObject({ field: { type: 'string', [keyword]: refusedKeywordValue(keyword) } });
    expect(findStrictSchemaProblems(schema)).toEqual([
      `In context=('properties', 'field'), '${keyword}' is not permitted.`,
    ]);
  });

  it('reports a keyword in neither list, and $schema below the root', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      ...strictObject({ a: { type: 'string', examples: ['x'], $schema: 'x' } }),
    };
    expect(findStrictSchemaProblems(schema)).toEqual([
      "In context=('properties', 'a'), 'examples' is not permitted.",
      "In context=('properties', 'a'), '$schema' is not permitted.",
    ]);
  });

  it('reports an object that is not closed, at the root as context=()', () => {
    expect(findStrictSchemaProblems({ type: 'object', properties: {}, required: [] })).toEqual([
      `In context=(), ${NOT_CLOSED}`,
    ]);
    expect(findStrictSchemaProblems({ ...strictObject({}), additionalProperties: true })).toEqual([
      `In context=(), ${NOT_CLOSED}`,
    ]);
  });

  it('reports each property missing from required, by name', () => {
    const schema = {
      ...strictObject({ questions: { type: 'string' }, strategy: { type: 'string' } }),
      required: ['questions'],
    };
    expect(findStrictSchemaProblems(schema)).toEqual([`In context=(), ${NOT_REQUIRED} Missing 'strategy'.`]);
    const { required: _omitted, ...withoutRequired } = strictObject({ strategy: { type: 'string' } });
    expect(findStrictSchemaProblems(withoutRequired)).toEqual([`In context=(), ${NOT_REQUIRED} Missing 'strategy'.`]);
  });

  it('walks anyOf branches, array items, $defs and definitions', () => {
    const schema = {
      ...strictObject({
        nullable: { anyOf: [{ type: 'object', properties: { x: { type: 'string' } } }, { type: 'null' }] },
        list: { type: 'array', items: { type: 'array', items: { type: 'string', maxLength: 3 } } },
        reference: { $ref: '#/$defs/Step' },
      }),
      $defs: { Step: strictObject({ label: { type: 'string', minLength: 1 } }) },
      definitions: { Old: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
    };
    expect(findStrictSchemaProblems(schema)).toEqual([
      `In context=('properties', 'nullable', 'anyOf', 0), ${NOT_CLOSED}`,
      `In context=('properties', 'nullable', 'anyOf', 0), ${NOT_REQUIRED} Missing 'x'.`,
      "In context=('properties', 'list', 'items', 'items'), 'maxLength' is not permitted.",
      "In context=('$defs', 'Step', 'properties', 'label'), 'minLength' is not permitted.",
      "In context=('definitions', 'Old'), 'uniqueItems' is not permitted.",
    ]);
  });

  it('takes property names, enum values and const values for data, not keywords', () => {
    const schema = strictObject({
      minLength: { type: 'string', enum: ['maxLength', 'not'] },
      allOf: { type: 'object', properties: {}, required: [], additionalProperties: false, description: 'uniqueItems' },
      examples: { const: { minLength: 1 } },
    });
    expect(findStrictSchemaProblems(schema)).toEqual([]);
  });

  it('accepts every permitted bound', () => {
    const schema = strictObject({
      text: { type: 'string', pattern: '^a', format: 'email', title: 'Text', description: 'd' },
      count: { type: 'integer', minimum: 0, maximum: 9, exclusiveMinimum: -1, exclusiveMaximum: 10, multipleOf: 1 },
      list: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
    });
    expect(findStrictSchemaProblems({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema })).toEqual([]);
  });
});

describe('toStrictJsonSchema', () => {
  it('drops the string bounds zod writes and keeps the array and number bounds', () => {
    const schema = z.object({
      name: z.string().min(1).max(80),
      tags: z.array(z.string().length(3)).min(1).max(5),
      score: z.number().min(0).max(10),
    });
    expect(toStrictJsonSchema(schema)).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        name: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 5 },
        score: { type: 'number', minimum: 0, maximum: 10 },
      },
      required: ['name', 'tags', 'score'],
      additionalProperties: false,
    });
  });

  it('requires a nullable optional field, which zod leaves out of required', () => {
    const strict = toStrictJsonSchema(z.object({ note: z.string().nullish(), kept: z.string() }));
    expect(strict['required']).toEqual(['note', 'kept']);
    expect(findStrictSchemaProblems(strict)).toEqual([]);
  });

  it('sends a discriminated union as anyOf, since strict mode does not know oneOf', () => {
    const schema = z.object({
      answer: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('text'), text: z.string() }),
        z.object({ kind: z.literal('none') }),
      ]),
    });
    const strict = toStrictJsonSchema(schema);
    expect(strict['properties']).toMatchObject({
      answer: { anyOf: [{ required: ['kind', 'text'] }, { required: ['kind'] }] },
    });
    expect(findStrictSchemaProblems(strict)).toEqual([]);
  });

  it('removes a refused keyword inside recursive definitions', () => {
    type Node = { name: string; children: Node[] };
    const TreeNode: z.ZodType<Node> = z.object({
      name: z.string().min(1),
      get children() {
        return z.array(TreeNode);
      },
    });
    const strict = toStrictJsonSchema(z.object({ root: TreeNode }));
    expect(JSON.stringify(strict)).not.toContain('minLength');
    expect(findStrictSchemaProblems(strict)).toEqual([]);
  });

  it('throws, naming the keyword and path, on a keyword in neither list', () => {
    const schema = z.object({ question: z.string().meta({ examples: ['Tell me about a time…'] }) });
    expect(() => toStrictJsonSchema(schema)).toThrow(
      /In context=\('properties', 'question'\), 'examples' is in neither PERMITTED_SCHEMA_KEYWORDS nor REFUSED_SCHEMA_KEYWORDS/,
    );
    expect(() => toStrictJsonSchema(z.object({ level: z.string().default('mid') }))).toThrow(/'default' is in neither/);
    expect(() => toStrictJsonSchema(z.object({ pair: z.tuple([z.string(), z.number()]) }))).toThrow(
      /'additionalItems' is in neither/,
    );
  });

  it.each([
    [
      'a bare optional field',
      z.object({ note: z.string().optional() }),
      /property 'note' is optional but not nullable/,
    ],
    [
      'a record',
      z.object({ scores: z.record(z.string(), z.number()) }),
      /context=\('properties', 'scores'\), an object open to other properties/,
    ],
    ['a loose object', z.object({ a: z.string() }).loose(), /context=\(\), an object open to other properties/],
    [
      'z.any()',
      z.object({ anything: z.any() }),
      /context=\('properties', 'anything'\), the schema says nothing about the value/,
    ],
    [
      'an intersection zod cannot merge',
      z.object({ a: z.intersection(z.string(), z.string().min(1)) }),
      /after removing the refused 'allOf'/,
    ],
    ['a root that is not an object', z.array(z.string()), /root of a strict schema must be an object/],
  ])('throws on %s, which strict mode cannot express', (_label, schema, message) => {
    expect(() => toStrictJsonSchema(schema)).toThrow(message);
  });
});
