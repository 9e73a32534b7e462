import { z } from 'zod';

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

export const FrameworkStepSchema = z.object({
  label: z.string().describe('Short name of the step, e.g. "Situation" or "Clarify requirements"'),
  guidance: z.string().describe('What the candidate should say or do in this step, specific to this question'),
});

export const AnswerFrameworkSchema = z.object({
  kind: FrameworkKindSchema,
  steps: z.array(FrameworkStepSchema),
});
export type AnswerFramework = z.infer<typeof AnswerFrameworkSchema>;

export const CaseStudySchema = z.object({
  scenario: z.string().describe('The business situation the candidate is given'),
  dataProvided: z.array(z.string()).describe('Facts and figures handed to the candidate'),
  expectedApproach: z.string().describe('What a strong approach to the case looks like'),
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

/**
 * One generated interview question. Every field is required (strict structured output);
 * fields that do not apply are null, never missing.
 */
export const QuestionSchema = z.object({
  question: z.string().min(1),
  category: z.string(),
  difficulty: DifficultySchema,
  timeEstimateMinutes: z.number().describe('Minutes a candidate should spend answering'),
  evaluates: z.array(z.string()).describe('What the interviewer evaluates with this question'),
  answerFramework: AnswerFrameworkSchema,
  hints: z.array(z.string()),
  followUps: z.array(z.string()),
  caseStudy: CaseStudySchema.nullable().describe('Only for case-study interviews; null otherwise'),
  redFlags: z
    .array(z.string())
    .nullable()
    .describe('Signs of a weak answer; null when the technique does not ask for them'),
});
export type Question = z.infer<typeof QuestionSchema>;
