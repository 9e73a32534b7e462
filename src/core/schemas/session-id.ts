import { z } from 'zod';

/** Words of the history routes (`/api/sessions/export`, `/api/sessions/import`) that no id may be. */
export const RESERVED_SESSION_IDS = ['export', 'import'] as const;

/**
 * A session id: 1 to 64 letters, digits, `-` or `_` (UUIDs, which the app makes, fit), safe in a
 * URL path and a file name, never one of the route words. Import, the routes and the store all
 * check it, so every saved session can be opened and deleted one by one.
 */
export const SessionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A session id has 1 to 64 characters, each a letter (A-Z), a digit, "-" or "_".')
  .refine((id) => !(RESERVED_SESSION_IDS as readonly string[]).includes(id.toLowerCase()), {
    message: `A session id cannot be ${RESERVED_SESSION_IDS.map((word) => `"${word}"`).join(' or ')}.`,
  });
