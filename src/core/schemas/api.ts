import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import { GenerationResultSchema } from './generation-result.js';
import { ModelInfoSchema } from './model-info.js';
import { ResponseFormatKindSchema } from './model-stream.js';
import { PromptMessageSchema } from './prompt-message.js';
import { SessionSchema, SessionSummarySchema } from './session.js';
import { UsageSchema } from './usage.js';

/**
 * The shapes the HTTP API answers with. The server builds its replies from these types and the
 * web client parses every reply with these schemas, so the two cannot drift apart.
 */

/** The body of every API error, over JSON (`{ error }`) and as the SSE `error` event. */
export const ApiErrorBodySchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** The request field the error is about, when there is one. */
  field: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
  /** For `prompt_injection`: the passages of the cleaned text to remove (see removePassages). */
  passages: z.array(z.string().max(20_000)).max(50).optional(),
});

/** GET /api/health: the server answers (always 200), and whether its database does. */
export const HealthAnswerSchema = z.object({ status: z.literal('ok'), database: z.enum(['ok', 'unreachable']) });
export type HealthAnswer = z.infer<typeof HealthAnswerSchema>;

/** GET /api/ready, for a load balancer: 200 with this when the database answers, 503 `database_unavailable` otherwise. */
export const ReadyAnswerSchema = z.object({ status: z.literal('ready') });
export type ReadyAnswer = z.infer<typeof ReadyAnswerSchema>;

/** GET /api/models: the registry and the default model. */
export const ModelListSchema = z.object({ defaultModel: z.string(), models: z.array(ModelInfoSchema) });
export type ModelList = z.infer<typeof ModelListSchema>;

/** POST /api/estimate: tokens and cost of a request before it is sent. */
export const EstimateSchema = z.object({
  model: z.string(),
  inputTokens: z.number().int().nonnegative(),
  expectedOutputTokens: z.number().int().nonnegative(),
  estimatedCostUsd: z.number().nonnegative().nullable(),
});
export type Estimate = z.infer<typeof EstimateSchema>;

/** The prompt as the generation sent it. */
export const SentPromptSchema = z.object({
  model: z.string(),
  messages: z.array(PromptMessageSchema),
  sessionId: z.string(),
  responseFormat: ResponseFormatKindSchema.optional(),
});
export type SentPrompt = z.infer<typeof SentPromptSchema>;

/** POST /api/generations with `accept: application/json`: the whole generation at once. */
export const GenerationAnswerSchema = z.object({
  id: z.string(),
  result: GenerationResultSchema,
  usage: UsageSchema.nullable(),
  prompt: SentPromptSchema,
});
export type GenerationAnswer = z.infer<typeof GenerationAnswerSchema>;

/** POST /api/generations/:sessionId/cancel (202): what was kept of the stopped generation. */
export const CancelAnswerSchema = z.object({
  sessionId: z.string(),
  /** `partial` when questions had arrived and were saved; `none` when nothing was. */
  saved: z.enum(['partial', 'none']),
  /** What the stopped generation spent (estimated when the AI service never reported it). */
  usage: UsageSchema.nullable(),
});
export type CancelAnswer = z.infer<typeof CancelAnswerSchema>;

/**
 * `running: true` marks a session whose generation is still streaming into it (saved so far as
 * `partial`); absent once it has ended, and after a restart. Only on these answers: never in an
 * export file, and an import does not read it.
 */
const RunningSchema = z.literal(true).optional();

/** One row of GET /api/sessions. */
export const SessionListEntrySchema = SessionSummarySchema.extend({ running: RunningSchema });
export type SessionListEntry = z.infer<typeof SessionListEntrySchema>;

/** GET /api/sessions */
export const SessionListSchema = z.object({ sessions: z.array(SessionListEntrySchema) });
export type SessionList = z.infer<typeof SessionListSchema>;

/** GET /api/sessions/:id */
export const SessionAnswerSchema = SessionSchema.extend({ running: RunningSchema });
export type SessionAnswer = z.infer<typeof SessionAnswerSchema>;

/**
 * POST /api/sessions/import: `imported` sessions are in history now (after pruning to the newest
 * `historyLimit`; 0 when every session is kept, as SESSION_HISTORY_LIMIT=0 in team mode), out of
 * `received` in the file; `clampedToNow` of them were dated later than the server's clock and were
 * dated at the time of the import instead.
 */
export const ImportAnswerSchema = z.object({
  imported: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  historyLimit: z.number().int().nonnegative(),
  clampedToNow: z.number().int().nonnegative(),
});
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;

/** DELETE /api/sessions */
export const ClearAnswerSchema = z.object({ deleted: z.number().int().nonnegative() });
export type ClearAnswer = z.infer<typeof ClearAnswerSchema>;
