import { z } from 'zod';
import { MAX_QUESTION_COUNT } from './generation-request.js';
import { ModelTextSchema, QuestionSchema } from './question.js';

/** The model's reading of the job before it writes questions (chain-of-thought's planning step). */
export const JobAnalysisSchema = z.object({
  keyRequirements: z.array(ModelTextSchema).describe('The must-haves first, then the nice-to-haves, marked as such'),
  levelExpectations: ModelTextSchema.describe(
    "What the level means for this role, and whether the posting asks for a different level than the request's",
  ),
  skillsToProbe: z.array(ModelTextSchema).describe("One item per question, in the posting's own words"),
});
export type JobAnalysis = z.infer<typeof JobAnalysisSchema>;

/** What the posting says about the job and how it assesses candidates; reused by practice feedback. */
export const PostingAnalysisSchema = z.object({
  occupation: ModelTextSchema.describe('The occupation, e.g. "adult nurse (Band 6)" or "head chef"'),
  sector: ModelTextSchema.describe('The sector the employer works in, e.g. "NHS acute hospital care"'),
  assessedCompetencies: z
    .array(ModelTextSchema)
    .describe(
      'The competencies, behaviours or values the posting says it assesses, in its exact words; empty when it names none',
    ),
  interviewStages: z
    .array(ModelTextSchema)
    .describe(
      'The interview stages the posting states (e.g. "trial shift", "presentation", "panel"), in its words; empty when it states none',
    ),
});
export type PostingAnalysis = z.infer<typeof PostingAnalysisSchema>;

/** One step of the preparation plan, as the model writes it. */
export const ModelPlanStepSchema = z.object({
  action: ModelTextSchema.describe('What to do to prepare, concretely'),
  because: ModelTextSchema.describe('Why, quoting the words of the posting that call for it'),
  forQuestions: z
    .array(z.number().int().min(1).max(MAX_QUESTION_COUNT))
    .describe(
      'The numbers (1 = the first question) of the questions this step prepares for; empty for the whole round',
    ),
  minutes: z.number().int().min(1).max(1_000).describe('Whole minutes the step takes'),
});

/** A step of the preparation plan as kept; sessions saved before plans were steps carry only `action`. */
export const PlanStepSchema = z.object({
  action: ModelTextSchema,
  because: ModelTextSchema.default(''),
  forQuestions: z.array(z.number().int().min(1)).default([]),
  minutes: z.number().nonnegative().nullable().default(null),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

/**
 * What every generation produces, whatever the technique: what the posting asks for, the
 * questions, a preparation plan and an overall strategy specific to the job description, and
 * notes on anything suspicious in the posting. Totals (minutes, difficulty mix) are computed from
 * the questions (see questionSetTotals), never taken from the model.
 */
export const GenerationResultSchema = z.object({
  postingAnalysis: PostingAnalysisSchema.nullable().default(null),
  postingNotes: z.array(ModelTextSchema).default([]),
  analysis: JobAnalysisSchema.nullable().default(null),
  questions: z.array(QuestionSchema),
  preparationPlan: z.array(PlanStepSchema),
  strategy: ModelTextSchema,
});
export type GenerationResult = z.infer<typeof GenerationResultSchema>;
export type GenerationResultInput = z.input<typeof GenerationResultSchema>;

/**
 * Reads a result saved before preparation plans were steps: its `recommendations` (plain texts)
 * become steps with only an action; its model-written `overview` is dropped (totals are computed).
 * Anything else passes through unchanged, for the schema to check.
 */
export function upgradeEarlierResult(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || 'preparationPlan' in value) return value;
  const { recommendations, ...rest } = value as { recommendations?: unknown };
  if (!Array.isArray(recommendations)) return value;
  return {
    ...rest,
    preparationPlan: recommendations.map((action: unknown) => (typeof action === 'string' ? { action } : action)),
  };
}
