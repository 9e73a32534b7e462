import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import { MAX_QUESTION_COUNT, type InterviewType } from './generation-request.js';
import { ModelTextSchema } from './question.js';
import { SessionIdSchema } from './session-id.js';
import { MAX_LIST_ITEMS, MAX_SHORT_TEXT_CHARS } from './session-limits.js';
import { UsageSchema } from './usage.js';

/**
 * Practice: the candidate answers a question (typed or spoken), gets each rubric criterion scored
 * against its anchors with quotes from the answer, then faces the interviewer's follow-up. One
 * thread is one run on a question: its first attempt answers the question, later ones answer the
 * follow-up the previous attempt produced.
 */

export const PRACTICE_MODES = ['coach', 'interview'] as const;
export const PracticeModeSchema = z.enum(PRACTICE_MODES);
export type PracticeMode = z.infer<typeof PracticeModeSchema>;

/** Fewest and most characters of an answer, as a person counts them (see countCharacters). */
export const MIN_ANSWER_CHARS = 20;
export const MAX_ANSWER_CHARS = 8_000;
/** Attempts in one thread: the answer to the question, then up to four follow-ups. */
export const MAX_THREAD_ATTEMPTS = 5;
/** The longest answer time a client may report (an hour). */
export const MAX_ANSWER_SECONDS = 3_600;

/** Anchored scores: 1 missing, 2 weak, 3 meets the bar for this level, 4 strong. */
export const SCORES = [1, 2, 3, 4] as const;
export const ScoreSchema = z.number().int().min(1).max(4);
export type Score = 1 | 2 | 3 | 4;

/** The criteria of each interview type's rubric, in the order they are scored. */
export const CRITERIA_BY_TYPE = {
  behavioral: [
    'relevance',
    'specific_situation',
    'personal_actions',
    'result_and_learning',
    'scope_for_level',
    'structure_and_length',
  ],
  technical: [
    'clarifies_problem',
    'correctness_and_depth',
    'trade_offs',
    'safety_and_verification',
    'clear_reasoning',
    'fits_level',
  ],
  case_study: [
    'clarifies_objective',
    'tailored_structure',
    'correct_arithmetic',
    'key_driver',
    'recommendation',
    'top_down_communication',
  ],
  reverse: ['informed', 'decision_useful', 'open_and_specific', 'tact_and_timing', 'follow_through'],
} as const satisfies Record<InterviewType, readonly string[]>;
export type CriterionId = (typeof CRITERIA_BY_TYPE)[InterviewType][number];
export const ALL_CRITERIA = [...new Set(Object.values(CRITERIA_BY_TYPE).flat())] as CriterionId[];
export const CriterionIdSchema = z.enum(ALL_CRITERIA as [CriterionId, ...CriterionId[]]);

/** POST /api/practice: one answer to a question of a saved session (or to the thread's follow-up). */
export const PracticeOptionsSchema = z.object({
  sessionId: SessionIdSchema,
  questionIndex: z
    .number()
    .int('questionIndex must be a whole number.')
    .min(0)
    .max(MAX_QUESTION_COUNT - 1),
  mode: PracticeModeSchema.default('coach'),
  /** Continue this thread (answer its follow-up); absent: a new thread on the question. */
  threadId: z.uuid().optional(),
  /** How long the candidate took, measured by the browser's timer. */
  durationSeconds: z.number().min(0).max(MAX_ANSWER_SECONDS).optional(),
  /** Whether the answer was spoken (speech recognition) rather than typed. */
  spoken: z.boolean().default(false),
  /** When spoken: the longest silence between two recognised phrases, measured by the browser. */
  longestPauseSeconds: z.number().min(0).max(MAX_ANSWER_SECONDS).optional(),
  /** A UUID chosen by the client for JSON mode, like a generation's requestId. */
  requestId: z.uuid().optional(),
});
export type PracticeOptions = z.infer<typeof PracticeOptionsSchema>;
/** A validated practice request: `answer` is already cleaned and checked (see createPracticeRequestSchema). */
export type PracticeRequest = PracticeOptions & { answer: string };

/** POST /api/practice/:attemptId/explain */
export const ExplainRequestSchema = z.object({ criterion: CriterionIdSchema });

/** What the delivery of an answer measured, in code (never by the model). Accent and grammar are never scored. */
export const DeliverySchema = z.object({
  words: z.number().int().nonnegative(),
  durationSeconds: z.number().nonnegative().nullable(),
  wordsPerMinute: z.number().nonnegative().nullable(),
  fillerCount: z.number().int().nonnegative(),
  /** Each filler word or phrase found, with how often. */
  fillers: z.array(z.object({ filler: z.string().max(40), count: z.number().int().positive() })).max(MAX_LIST_ITEMS),
  longestPauseSeconds: z.number().nonnegative().nullable(),
  spoken: z.boolean(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

/** A sum the answer states ("120 x 4 = 480"), recomputed in code (case studies). */
export const ArithmeticCheckSchema = z.object({
  expression: z.string().max(200),
  stated: z.number(),
  computed: z.number(),
  correct: z.boolean(),
});
export type ArithmeticCheck = z.infer<typeof ArithmeticCheckSchema>;

/** One scored criterion as kept: score null means "no evidence" in the answer. */
export const CriterionFeedbackSchema = z.object({
  criterion: CriterionIdSchema,
  score: ScoreSchema.nullable(),
  /** Exact words from the answer that justify the score (checked in code to be in the answer). */
  evidence: z.array(ModelTextSchema).max(MAX_LIST_ITEMS),
  /** One line of reasoning against the anchor. */
  reasoning: ModelTextSchema,
});
export type CriterionFeedback = z.infer<typeof CriterionFeedbackSchema>;

export const VERDICTS = ['not_yet', 'borderline', 'meets_bar', 'strong'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** The whole feedback on one answer. `verdict` is computed in code from the scores. */
export const FeedbackSchema = z.object({
  criteria: z.array(CriterionFeedbackSchema).max(MAX_LIST_ITEMS),
  strength: ModelTextSchema,
  topFix: ModelTextSchema,
  /** One weak sentence of the candidate's own, and how it could read: not a model answer. */
  rewrite: z.object({ original: ModelTextSchema, improved: ModelTextSchema }),
  /** Claims in the answer that contradict the candidate profile (empty without a profile). */
  profileContradictions: z.array(ModelTextSchema).max(MAX_LIST_ITEMS),
  verdict: VerdictSchema.nullable(),
  arithmetic: z.array(ArithmeticCheckSchema).max(MAX_LIST_ITEMS).default([]),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const AttemptStatusSchema = z.enum(['complete', 'partial']);

/** One answer and what it got. A cancelled or failed attempt is partial: the criteria it had. */
export const PracticeAttemptSchema = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  /** 0 answers the question; n answers the follow-up of attempt n-1. */
  turn: z
    .number()
    .int()
    .min(0)
    .max(MAX_THREAD_ATTEMPTS - 1),
  createdAt: z.iso.datetime(),
  mode: PracticeModeSchema,
  /** What the candidate answered: the question, or the previous attempt's follow-up. */
  prompt: ModelTextSchema,
  answer: z.string().max(MAX_ANSWER_CHARS * 2),
  delivery: DeliverySchema,
  status: AttemptStatusSchema,
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string().max(MAX_SHORT_TEXT_CHARS) }).nullable(),
  /** Null only when nothing arrived (e.g. cancelled before the first criterion). */
  feedback: FeedbackSchema.nullable(),
  /** The interviewer's next question, in the session's persona; null when the attempt did not finish. */
  followUp: ModelTextSchema.nullable(),
  model: z.string().max(MAX_SHORT_TEXT_CHARS),
  usage: UsageSchema.nullable(),
});
export type PracticeAttempt = z.infer<typeof PracticeAttemptSchema>;

/** One practice run on a question, with its attempts in turn order. */
export const PracticeThreadSchema = z.object({
  id: z.uuid(),
  questionIndex: z
    .number()
    .int()
    .min(0)
    .max(MAX_QUESTION_COUNT - 1),
  mode: PracticeModeSchema,
  createdAt: z.iso.datetime(),
  attempts: z.array(PracticeAttemptSchema).max(MAX_THREAD_ATTEMPTS),
});
export type PracticeThread = z.infer<typeof PracticeThreadSchema>;
