import { initialSchema } from './001-initial-schema.js';
import { usersSchema } from './002-users.js';
import { organisationSpendingIndex } from './003-organisation-spending.js';
import type { PostgresMigration } from './postgres-migration.js';

/** Every PostgreSQL migration, in version order. Append new ones at the end. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  initialSchema,
  usersSchema,
  organisationSpendingIndex,
];
