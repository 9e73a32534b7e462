/** True for PostgreSQL's unique violation (SQLSTATE 23505) of the named constraint. */
export function isUniqueViolationOf(error: unknown, constraint: string): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === '23505' &&
    'constraint' in error &&
    error.constraint === constraint
  );
}
