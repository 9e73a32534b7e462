import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkFields } from './check-fields.js';

const Schema = z.object({ name: z.string().min(2, 'Too short.'), age: z.number().int().min(0, 'Not an age.') });
const FIELDS = ['name', 'age'] as const;

describe('checkFields', () => {
  it("agrees with the schema; a refusal names only listed fields, each with its first issue's message", () => {
    fc.assert(
      fc.property(fc.record({ name: fc.string({ maxLength: 4 }), age: fc.integer({ min: -3, max: 3 }) }), (values) => {
        const checked = checkFields(Schema, FIELDS, values);
        const parsed = Schema.safeParse(values);
        expect(checked.ok).toBe(parsed.success);
        if (checked.ok) {
          expect(checked.request).toEqual(values);
          return;
        }
        expect(Object.keys(checked.errors).every((field) => (FIELDS as readonly string[]).includes(field))).toBe(true);
        expect(checked.errors[checked.first]).toBeDefined();
        expect(checked.first).toBe(FIELDS.find((field) => checked.errors[field] !== undefined));
      }),
    );
  });

  it('shows an error on no listed field on the first one, so a refusal always says something', () => {
    const checked = checkFields(
      Schema.refine(() => false, 'Something is off.'),
      FIELDS,
      { name: 'Ada', age: 36 },
    );
    expect(checked).toEqual({ ok: false, errors: { name: 'Something is off.' }, first: 'name' });
  });
});
