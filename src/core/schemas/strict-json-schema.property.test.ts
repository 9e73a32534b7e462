import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findStrictSchemaProblems, toStrictJsonSchema, type JsonValue } from './strict-json-schema.js';

const PROPERTY_NAMES = [
  'question',
  'hints',
  'minLength',
  'items',
  'required',
  'type',
  'not',
  'a b',
  "it's",
  '__proto__x',
];

const lengthBounds = fc.record({ min: fc.nat({ max: 5 }), extra: fc.nat({ max: 20 }) }, { requiredKeys: [] });

const stringSchema = lengthBounds.map(({ min, extra }) => {
  let schema = z.string();
  if (min !== undefined) schema = schema.min(min);
  if (extra !== undefined) schema = schema.max((min ?? 0) + extra);
  return schema;
});

const leafSchema: fc.Arbitrary<z.ZodType> = fc.oneof(
  stringSchema,
  fc.constant(z.string().email()),
  fc
    .record({ min: fc.integer({ min: -5, max: 5 }), integer: fc.boolean() })
    .map(({ min, integer }) => (integer ? z.number().int() : z.number()).min(min).max(min + 10)),
  fc.constant(z.boolean()),
  fc
    .uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 4 })
    .map((values) => z.enum(values as [string, ...string[]])),
  fc.constant(z.literal('fixed')),
);

/** Random zod schemas of the kinds a model reply is made of, nested a few levels deep. */
const { object: objectSchema } = fc.letrec<{ value: z.ZodType; object: z.ZodObject }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafSchema,
    fc
      .record({ element: tie('value'), min: fc.nat({ max: 3 }), extra: fc.nat({ max: 5 }) })
      .map(({ element, min, extra }) =>
        z
          .array(element)
          .min(min)
          .max(min + extra),
      ),
    tie('value').map((inner) => inner.nullable()),
    tie('value').map((inner) => inner.nullish()),
    tie('value').map((inner) => inner.describe('A field the model fills in')),
    tie('object'),
  ),
  object: fc
    .uniqueArray(fc.tuple(fc.constantFrom(...PROPERTY_NAMES), tie('value')), {
      maxLength: 4,
      selector: ([name]) => name,
    })
    .map((entries) => z.object(Object.fromEntries(entries))),
}));

/** How often a keyword occurs in schema positions (property names such as 'minLength' are not keywords). */
function countKeyword(node: JsonValue | undefined, keyword: string): number {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return 0;
  const children = [
    ...Object.values(asRecord(node['properties'])),
    ...Object.values(asRecord(node['definitions'])),
    ...(Array.isArray(node['anyOf']) ? node['anyOf'] : []),
    node['items'],
  ];
  return (keyword in node ? 1 : 0) + children.reduce<number>((total, child) => total + countKeyword(child, keyword), 0);
}

function asRecord(value: JsonValue | undefined): Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

describe('toStrictJsonSchema on random reply schemas', () => {
  it('always produces a schema strict mode accepts', () => {
    fc.assert(
      fc.property(objectSchema, (schema) => {
        expect(findStrictSchemaProblems(toStrictJsonSchema(schema))).toEqual([]);
      }),
    );
  });

  it('drops the string lengths and keeps every bound strict mode accepts', () => {
    fc.assert(
      fc.property(objectSchema, (schema) => {
        const converted = z.toJSONSchema(schema, { target: 'draft-7' }) as JsonValue;
        const strict = toStrictJsonSchema(schema);
        for (const keyword of ['minLength', 'maxLength']) expect(countKeyword(strict, keyword)).toBe(0);
        for (const keyword of [
          'minItems',
          'maxItems',
          'minimum',
          'maximum',
          'pattern',
          'format',
          'enum',
          'const',
          'description',
        ]) {
          expect(countKeyword(strict, keyword), keyword).toBe(countKeyword(converted, keyword));
        }
      }),
    );
  });
});
