import { initialSchema } from './001-initial-schema.js';
import { ownersSchema } from './002-owners.js';
import { spendingSchema } from './003-spending.js';
import { practiceSchema } from './004-practice.js';
import { safeSessionIds } from './005-safe-session-ids.js';
import { usersSchema } from './006-users.js';
import type { Migration } from './migration.js';

/** Every migration, in version order. Append new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  ownersSchema,
  spendingSchema,
  practiceSchema,
  safeSessionIds,
  usersSchema,
];
