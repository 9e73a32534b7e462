import { z } from 'zod';

/** POST /api/auth/token: the server's APP_TOKEN, sent once by the browser for a cookie. */
export const AccessTokenRequestSchema = z.object({
  token: z.string({ error: 'must be the access token, as text.' }).min(1, 'Enter the access token.').max(1000),
});
export type AccessTokenRequest = z.infer<typeof AccessTokenRequestSchema>;
