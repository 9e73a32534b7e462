import { z } from 'zod';

/**
 * The spending caps set on the server (BUDGET_USD_PER_*, null when not set) and what is spent now
 * against them, in dollars: today and this month in UTC, running generations counted at their estimate.
 */
/** Team mode: what every account together may spend and has spent (ORGANISATION_BUDGET_USD_PER_*). */
export const OrganisationBudgetSchema = z.object({
  perDayUsd: z.number().positive().nullable(),
  perMonthUsd: z.number().positive().nullable(),
  spentTodayUsd: z.number().nonnegative(),
  spentThisMonthUsd: z.number().nonnegative(),
});
export type OrganisationBudget = z.infer<typeof OrganisationBudgetSchema>;

export const BudgetStatusSchema = z.object({
  perDayUsd: z.number().positive().nullable(),
  perMonthUsd: z.number().positive().nullable(),
  perSessionUsd: z.number().positive().nullable(),
  spentTodayUsd: z.number().nonnegative(),
  spentThisMonthUsd: z.number().nonnegative(),
  /** Null when no organisation cap is set. */
  organisation: OrganisationBudgetSchema.nullable(),
});
export type BudgetStatus = z.infer<typeof BudgetStatusSchema>;

/** What GET /api/config tells the browser. Never the API key itself. */
export const PublicConfigSchema = z.object({
  apiKeyConfigured: z.boolean(),
  /** False when OPENAI_BASE_URL points at a server that needs no key (Ollama, LM Studio...). */
  apiKeyRequired: z.boolean(),
  baseUrlHost: z.string(),
  defaultModel: z.string(),
  limits: z.object({
    minInputChars: z.number().int(),
    maxInputChars: z.number().int(),
    maxProfileChars: z.number().int(),
    minQuestionCount: z.number().int(),
    maxQuestionCount: z.number().int(),
    rateLimitPerHour: z.number().int(),
    sessionHistoryLimit: z.number().int(),
  }),
  /** Whether API calls need the server's APP_TOKEN, and whether this request carried it (never the token) or, in team mode, a sign-in. */
  access: z.object({ tokenRequired: z.boolean(), granted: z.boolean() }),
  /**
   * local: one user, no accounts; team: accounts, and `access.granted` says whether this request
   * came from a signed-in browser (POST /api/auth/login signs in).
   */
  mode: z.enum(['local', 'team']),
  /** Read live on each request (spending changes); null when no budget is set. */
  budgets: BudgetStatusSchema.nullable(),
});
export type PublicConfig = z.infer<typeof PublicConfigSchema>;
/** The part of the public configuration fixed at start-up: all of it but the live budget figures. */
export type StaticPublicConfig = Omit<PublicConfig, 'budgets'>;
