import { z } from 'zod';
import { MAX_MODEL_TEXT_CHARS } from './session-limits.js';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const DifficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof DifficultySchema>;

/**
 * The kind of answer framework that fits each interview type:
 * STAR for behavioral, an approach outline for technical, a structure for a case,
 * and why-to-ask for questions the candidate puts to the employer.
 */
export const FRAMEWORK_KINDS = ['star', 'approach', 'case_structure', 'why_ask'] as const;
export const FrameworkKindSchema = z.enum(FRAMEWORK_KINDS);
export type FrameworkKind = z.infer<typeof FrameworkKindSchema>;

/**
 * Text the model writes. The bound is generous and is not sent to the model (strict mode refuses
 * maxLength): it only stops a crafted import or a runaway local model from storing a novel per field.
 */
export const ModelTextSchema = z.string().max(MAX_MODEL_TEXT_CHARS);

export const FrameworkStepSchema = z.object({
  label: ModelTextSchema.describe('Short name of the step, e.g. "Situation" or "Clarify requirements"'),
  guidance: ModelTextSchema.describe('What the candidate should say or do in this step, specific to this question'),
});

export const AnswerFrameworkSchema = z.object({
  kind: FrameworkKindSchema,
  steps: z.array(FrameworkStepSchema),
});
export type AnswerFramework = z.infer<typeof AnswerFrameworkSchema>;

export const CaseStudySchema = z.object({
  scenario: ModelTextSchema.describe('The business situation the candidate is given'),
  dataProvided: z.array(ModelTextSchema).describe('Facts and figures handed to the candidate'),
  expectedApproach: ModelTextSchema.describe('What a strong approach to the case looks like'),
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

/**
 * One generated interview question. Every field is required (strict structured output);
 * fields that do not apply are null, never missing.
 */
export const QuestionSchema = z.object({
  question: ModelTextSchema.min(1),
  category: ModelTextSchema,
  difficulty: DifficultySchema,
  timeEstimateMinutes: z.number().describe('Minutes a candidate should spend answering'),
  evaluates: z.array(ModelTextSchema).describe('What the interviewer evaluates with this question'),
  answerFramework: AnswerFrameworkSchema,
  hints: z.array(ModelTextSchema),
  followUps: z.array(ModelTextSchema),
  caseStudy: CaseStudySchema.nullable().describe('Only for case-study interviews; null otherwise'),
  redFlags: z
    .array(ModelTextSchema)
    .nullable()
    .describe('Signs of a weak answer; null when the technique does not ask for them'),
});
export type Question = z.infer<typeof QuestionSchema>;
