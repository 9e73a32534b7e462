import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import {
  ExperienceLevelSchema,
  GenerationOptionsSchema,
  InterviewTypeSchema,
  StoredPersonaSchema,
  MAX_QUESTION_COUNT,
  TechniqueSchema,
} from './generation-request.js';
import {
  GenerationResultSchema,
  JobAnalysisSchema,
  PlanStepSchema,
  PostingAnalysisSchema,
  upgradeEarlierResult,
} from './generation-result.js';
import { PromptMessageSchema } from './prompt-message.js';
import {
  AnswerFrameworkSchema,
  CaseStudySchema,
  FrameworkStepSchema,
  ModelTextSchema,
  QuestionSchema,
} from './question.js';
import {
  MAX_PRACTICE_THREADS,
  MAX_IMPORTED_SESSIONS,
  MAX_LIST_ITEMS,
  MAX_PROMPT_MESSAGES,
  MAX_SESSION_COST_USD,
  MAX_SESSION_DURATION_MS,
  MAX_SESSION_TOKENS,
  MAX_SHORT_TEXT_CHARS,
  MAX_STORED_TEXT_CHARS,
} from './session-limits.js';
import { PracticeThreadSchema } from './practice.js';
import { UsageSchema } from './usage.js';
import { SessionIdSchema } from './session-id.js';

export { RESERVED_SESSION_IDS, SessionIdSchema } from './session-id.js';

export const SessionStatusSchema = z.enum(['complete', 'partial']);

const ShortTextSchema = z.string().max(MAX_SHORT_TEXT_CHARS);

/** A prompt message as stored: its bound leaves room for the longest job description allowed. */
const StoredPromptMessageSchema = PromptMessageSchema.extend({ content: z.string().max(MAX_STORED_TEXT_CHARS) });

/**
 * A request as stored: the options plus the cleaned job description and candidate profile.
 * Lenient about the language, so a session saved under an older, looser rule still opens (new
 * requests are checked strictly), and about the persona, whose legacy company type still reads.
 */
export const StoredRequestSchema = GenerationOptionsSchema.extend({
  jobDescription: z.string().max(MAX_STORED_TEXT_CHARS),
  candidateProfile: z.string().max(MAX_STORED_TEXT_CHARS).optional(),
  language: z.string().min(1).max(80),
  persona: StoredPersonaSchema.optional(),
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
  /** Sessions saved before preparation plans were steps still read (see upgradeEarlierResult). */
  result: z.preprocess(upgradeEarlierResult, GenerationResultSchema),
  usage: UsageSchema.nullable(),
  prompt: z.array(StoredPromptMessageSchema),
  timings: z.object({
    firstQuestionMs: z.number().nonnegative().nullable(),
    totalMs: z.number().nonnegative(),
  }),
  /** Practice runs on the session's questions, oldest first; sessions saved before practice have none. */
  practice: z.array(PracticeThreadSchema).max(MAX_PRACTICE_THREADS).default([]),
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
  caseStudy: CaseStudySchema.extend({ dataProvided: ListSchema }).nullable().default(null),
  strongAnswerSignals: ListSchema.nullish().transform((list) => list ?? []),
  redFlags: ListSchema.nullish().transform((list) => list ?? []),
});

/**
 * Usage as an import file may hold it: tokens and cost bounded by what the app could spend itself.
 * `what` names the thing that costs, for the message ("A session", "An answer").
 */
export function importedUsageSchema(what: string) {
  return UsageSchema.extend({
    inputTokens: TokenCountSchema,
    cachedTokens: TokenCountSchema,
    outputTokens: TokenCountSchema,
    reasoningTokens: TokenCountSchema,
    costUsd: z
      .number()
      .nonnegative()
      .max(MAX_SESSION_COST_USD, `${what} costs at most $${MAX_SESSION_COST_USD.toLocaleString('en-US')}.`)
      .nullable(),
    model: ShortTextSchema,
  });
}

/**
 * A session as an import file may hold it: no more than the app produces itself (at most
 * MAX_QUESTION_COUNT questions, short lists, a bounded cost). Import checks it in stages (see
 * parseImportedSession in export/parse-imported-session.ts).
 */
export const ImportedSessionSchema = SessionSchema.extend({
  result: z.preprocess(
    upgradeEarlierResult,
    GenerationResultSchema.extend({
      postingAnalysis: PostingAnalysisSchema.extend({ assessedCompetencies: ListSchema, interviewStages: ListSchema })
        .nullable()
        .default(null),
      postingNotes: ListSchema.default([]),
      analysis: JobAnalysisSchema.extend({ keyRequirements: ListSchema, skillsToProbe: ListSchema })
        .nullable()
        .default(null),
      questions: z.array(ImportedQuestionSchema).max(MAX_QUESTION_COUNT, TOO_MANY_QUESTIONS_MESSAGE),
      preparationPlan: z
        .array(
          PlanStepSchema.extend({ forQuestions: z.array(z.number().int().min(1)).max(MAX_LIST_ITEMS).default([]) }),
        )
        .max(MAX_LIST_ITEMS),
    }),
  ),
  usage: importedUsageSchema('A session').nullable(),
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
