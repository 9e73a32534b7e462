import { z } from 'zod';
import { ModelTextSchema, QuestionSchema } from './question.js';

/** The model's reading of the job before it writes questions (chain-of-thought). */
export const JobAnalysisSchema = z.object({
  keyRequirements: z.array(ModelTextSchema),
  levelExpectations: ModelTextSchema,
  skillsToProbe: z.array(ModelTextSchema),
});
export type JobAnalysis = z.infer<typeof JobAnalysisSchema>;

/** A summary of the set, produced by the structured-output technique. */
export const QuestionSetOverviewSchema = z.object({
  difficultyMix: z.object({ easy: z.number(), medium: z.number(), hard: z.number() }),
  totalMinutes: z.number(),
  focusAreas: z.array(ModelTextSchema),
});
export type QuestionSetOverview = z.infer<typeof QuestionSetOverviewSchema>;

/**
 * What every generation produces, whatever the technique: the questions, preparation
 * recommendations and an overall strategy specific to the job description.
 */
export const GenerationResultSchema = z.object({
  analysis: JobAnalysisSchema.nullable(),
  questions: z.array(QuestionSchema),
  recommendations: z.array(ModelTextSchema),
  strategy: ModelTextSchema,
  overview: QuestionSetOverviewSchema.nullable(),
});
export type GenerationResult = z.infer<typeof GenerationResultSchema>;
