import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import {
  ExperienceLevelSchema,
  GenerationOptionsSchema,
  InterviewTypeSchema,
  MAX_QUESTION_COUNT,
  TechniqueSchema,
} from './generation-request.js';
import { GenerationResultSchema, JobAnalysisSchema, QuestionSetOverviewSchema } from './generation-result.js';
import { PromptMessageSchema } from './prompt-message.js';
import {
  AnswerFrameworkSchema,
  CaseStudySchema,
  FrameworkStepSchema,
  ModelTextSchema,
  QuestionSchema,
} from './question.js';
import {
  MAX_IMPORTED_SESSIONS,
  MAX_LIST_ITEMS,
  MAX_PROMPT_MESSAGES,
  MAX_SESSION_COST_USD,
  MAX_SESSION_DURATION_MS,
  MAX_SESSION_TOKENS,
  MAX_SHORT_TEXT_CHARS,
  MAX_STORED_TEXT_CHARS,
} from './session-limits.js';
import { UsageSchema } from './usage.js';

export const SessionStatusSchema = z.enum(['complete', 'partial']);

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

const ShortTextSchema = z.string().max(MAX_SHORT_TEXT_CHARS);

/** A prompt message as stored: its bound leaves room for the longest job description allowed. */
const StoredPromptMessageSchema = PromptMessageSchema.extend({ content: z.string().max(MAX_STORED_TEXT_CHARS) });

/**
 * A request as stored: the options plus the cleaned job description. Lenient about the language,
 * so a session saved under an older, looser rule still opens (new requests are checked strictly).
 */
export const StoredRequestSchema = GenerationOptionsSchema.extend({
  jobDescription: z.string().max(MAX_STORED_TEXT_CHARS),
  language: z.string().min(1).max(80),
});

/**
 * One saved generation. A cancelled or failed generation is saved as `partial` with the
 * questions it had, and the error that stopped it.
 */
export const SessionSchema = z.object({
  id: SessionIdSchema,
  createdAt: z.iso.datetime(),
  title: ShortTextSchema,
  status: SessionStatusSchema,
  error: z.object({ code: z.enum(ERROR_CODES), message: ShortTextSchema }).nullable(),
  request: StoredRequestSchema,
  model: ShortTextSchema,
  result: GenerationResultSchema,
  usage: UsageSchema.nullable(),
  prompt: z.array(StoredPromptMessageSchema),
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

const ListSchema = z.array(ModelTextSchema).max(MAX_LIST_ITEMS);
const TokenCountSchema = z.number().int().nonnegative().max(MAX_SESSION_TOKENS);
const DurationSchema = z.number().nonnegative().max(MAX_SESSION_DURATION_MS);

export const TOO_MANY_QUESTIONS_MESSAGE = `A session has at most ${MAX_QUESTION_COUNT} questions.`;

/**
 * A question as an import file may hold it: lists no longer than MAX_LIST_ITEMS. The list bounds
 * live here rather than in QuestionSchema because that schema is also sent to the model, which
 * would take a `maxItems` as an instruction.
 */
export const ImportedQuestionSchema = QuestionSchema.extend({
  evaluates: ListSchema,
  answerFramework: AnswerFrameworkSchema.extend({ steps: z.array(FrameworkStepSchema).max(MAX_LIST_ITEMS) }),
  hints: ListSchema,
  followUps: ListSchema,
  caseStudy: CaseStudySchema.extend({ dataProvided: ListSchema }).nullable(),
  redFlags: ListSchema.nullable(),
});

/**
 * A session as an import file may hold it: no more than the app produces itself (at most
 * MAX_QUESTION_COUNT questions, short lists, a bounded cost). Import checks it in stages (see
 * parseImportedSession in export/parse-imported-session.ts).
 */
export const ImportedSessionSchema = SessionSchema.extend({
  result: GenerationResultSchema.extend({
    analysis: JobAnalysisSchema.extend({ keyRequirements: ListSchema, skillsToProbe: ListSchema }).nullable(),
    questions: z.array(ImportedQuestionSchema).max(MAX_QUESTION_COUNT, TOO_MANY_QUESTIONS_MESSAGE),
    recommendations: ListSchema,
    overview: QuestionSetOverviewSchema.extend({ focusAreas: ListSchema }).nullable(),
  }),
  usage: UsageSchema.extend({
    inputTokens: TokenCountSchema,
    cachedTokens: TokenCountSchema,
    outputTokens: TokenCountSchema,
    reasoningTokens: TokenCountSchema,
    costUsd: z
      .number()
      .nonnegative()
      .max(MAX_SESSION_COST_USD, `A session costs at most $${MAX_SESSION_COST_USD.toLocaleString('en-US')}.`)
      .nullable(),
    model: ShortTextSchema,
  }).nullable(),
  prompt: z.array(StoredPromptMessageSchema).max(MAX_PROMPT_MESSAGES),
  timings: z.object({ firstQuestionMs: DurationSchema.nullable(), totalMs: DurationSchema }),
});

/** The file "export all" writes and import reads. */
export const SessionExportFileSchema = z.object({
  format: z.literal('interview-prep.sessions'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  sessions: z
    .array(ImportedSessionSchema)
    .max(
      MAX_IMPORTED_SESSIONS,
      `An import file holds at most ${MAX_IMPORTED_SESSIONS.toLocaleString('en-US')} sessions.`,
    ),
});
export type SessionExportFile = z.infer<typeof SessionExportFileSchema>;
