import type { z } from 'zod';

/** A form's values checked: the request to send, or each field's first error and the field to focus. */
export type FieldCheck<Request, Field extends string> =
  { ok: true; request: Request } | { ok: false; errors: Partial<Record<Field, string>>; first: Field };

/**
 * A form's values checked with the schema the server uses too: the request, or the first error of
 * each of `fields` with the first field in form order (to focus). An error on no listed field is
 * shown on the first one, so a refused form always says something.
 */
export function checkFields<Schema extends z.ZodType, Field extends string>(
  schema: Schema,
  fields: readonly Field[],
  values: unknown,
): FieldCheck<z.output<Schema>, Field> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isOneOf(fields, field) && errors[field] === undefined) errors[field] = issue.message;
  }
  const first = fields.find((field) => errors[field] !== undefined) ?? fields[0]!;
  errors[first] ??= parsed.error.issues[0]?.message ?? 'Check this field.';
  return { ok: false, errors, first };
}

/** Whether `value` is one of `fields` (a field name from a schema issue or a server error). */
export function isOneOf<Field extends string>(fields: readonly Field[], value: unknown): value is Field {
  return fields.includes(value as Field);
}
