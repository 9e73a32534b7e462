import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import {
  ExperienceLevelSchema,
  GenerationOptionsSchema,
  InterviewTypeSchema,
  TechniqueSchema,
} from './generation-request.js';
import { GenerationResultSchema } from './generation-result.js';
import { PromptMessageSchema } from './prompt-message.js';
import { UsageSchema } from './usage.js';

export const SessionStatusSchema = z.enum(['complete', 'partial']);

/**
 * A request as stored: the options plus the cleaned job description. Lenient about the language,
 * so a session saved under an older, looser rule still opens (new requests are checked strictly).
 */
export const StoredRequestSchema = GenerationOptionsSchema.extend({
  jobDescription: z.string(),
  language: z.string().min(1).max(80),
});

/**
 * One saved generation. A cancelled or failed generation is saved as `partial` with the
 * questions it had, and the error that stopped it.
 */
export const SessionSchema = z.object({
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  title: z.string(),
  status: SessionStatusSchema,
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).nullable(),
  request: StoredRequestSchema,
  model: z.string(),
  result: GenerationResultSchema,
  usage: UsageSchema.nullable(),
  prompt: z.array(PromptMessageSchema),
  timings: z.object({
    firstQuestionMs: z.number().nonnegative().nullable(),
    totalMs: z.number().nonnegative(),
  }),
});
export type Session = z.infer<typeof SessionSchema>;

/** One row of the history list. */
export const SessionSummarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  title: z.string(),
  status: SessionStatusSchema,
  interviewType: InterviewTypeSchema,
  experienceLevel: ExperienceLevelSchema,
  technique: TechniqueSchema,
  model: z.string(),
  questionCount: z.number().int().nonnegative(),
  costUsd: z.number().nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** The file "export all" writes and import reads. */
export const SessionExportFileSchema = z.object({
  format: z.literal('interview-prep.sessions'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  sessions: z.array(SessionSchema),
});
export type SessionExportFile = z.infer<typeof SessionExportFileSchema>;
