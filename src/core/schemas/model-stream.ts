import { z } from 'zod';

/** Why a model call waits before trying the AI service again. */
export const RETRY_CODES = ['upstream_rate_limited', 'upstream_unavailable'] as const;
export type RetryCode = (typeof RETRY_CODES)[number];

/** Told while a model call waits before trying the AI service again. */
export const RetryNoticeSchema = z.object({
  /** The attempt about to be made (2 for the first retry). */
  attempt: z.number().int().min(2),
  delaySeconds: z.number().nonnegative(),
  code: z.enum(RETRY_CODES),
  message: z.string(),
});
export type RetryNotice = z.infer<typeof RetryNoticeSchema>;

/** Tokens and dollars spent so far on a reply still streaming, counted with the tokenizer. */
export const SpendSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative().nullable(),
});
export type Spend = z.infer<typeof SpendSchema>;

/** How the reply's JSON was asked for: a strict schema, JSON mode, or only by the prompt. */
export const RESPONSE_FORMAT_KINDS = ['json_schema', 'json_object', 'none'] as const;
export const ResponseFormatKindSchema = z.enum(RESPONSE_FORMAT_KINDS);
export type ResponseFormatKind = z.infer<typeof ResponseFormatKindSchema>;
