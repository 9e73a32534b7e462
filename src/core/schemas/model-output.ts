import { z } from 'zod';
import type { Technique } from './generation-request.js';
import {
  GenerationResultSchema,
  JobAnalysisSchema,
  QuestionSetOverviewSchema,
  type GenerationResult,
} from './generation-result.js';
import { ModelTextSchema, QuestionSchema } from './question.js';

/** Reply shape for few-shot, zero-shot and role-based prompts. */
export const BaseModelOutputSchema = z.object({
  questions: z.array(QuestionSchema),
  recommendations: z.array(ModelTextSchema).describe('Preparation steps specific to this job description'),
  strategy: ModelTextSchema.describe('An overall strategy for this interview, specific to this job'),
});

/** Chain-of-thought: the analysis comes first so the model reasons before it writes questions. */
export const ChainOfThoughtModelOutputSchema = z.object({
  analysis: JobAnalysisSchema,
  questions: z.array(QuestionSchema),
  recommendations: z.array(ModelTextSchema),
  strategy: ModelTextSchema,
});

/** Structured output: the strictest schema with the richest fields. */
export const StructuredModelOutputSchema = z.object({
  questions: z.array(QuestionSchema.extend({ redFlags: z.array(ModelTextSchema) })),
  recommendations: z.array(ModelTextSchema),
  strategy: ModelTextSchema,
  overview: QuestionSetOverviewSchema,
});

export type ModelOutputSchema =
  typeof BaseModelOutputSchema | typeof ChainOfThoughtModelOutputSchema | typeof StructuredModelOutputSchema;

/** The JSON schema the model is asked to follow for a technique. */
export function modelOutputSchemaFor(technique: Technique): ModelOutputSchema {
  switch (technique) {
    case 'chain_of_thought':
      return ChainOfThoughtModelOutputSchema;
    case 'structured_output':
      return StructuredModelOutputSchema;
    case 'few_shot':
    case 'zero_shot':
    case 'role_based':
      return BaseModelOutputSchema;
  }
}

/** Name given to the JSON schema in response_format. */
export const MODEL_OUTPUT_SCHEMA_NAME = 'interview_preparation';

/** The schema each question of a technique's reply must satisfy. */
export function questionSchemaFor(technique: Technique) {
  return modelOutputSchemaFor(technique).shape.questions.element;
}

/**
 * Validates a parsed model reply against the technique's schema and normalises it into the
 * one result shape every technique shares. A question that does not fit is left out (the
 * stream leaves it out too), so one bad element from a lenient local model does not cost the
 * rest. Returns null when no question fits or the rest of the reply does not.
 */
export function toGenerationResult(technique: Technique, reply: unknown): GenerationResult | null {
  if (typeof reply !== 'object' || reply === null || !Array.isArray((reply as { questions?: unknown }).questions))
    return null;
  const elementSchema = questionSchemaFor(technique);
  const questions = (reply as { questions: unknown[] }).questions
    .map((element) => elementSchema.safeParse(element))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  if (questions.length === 0) return null;
  const parsed = modelOutputSchemaFor(technique).safeParse({ ...reply, questions });
  if (!parsed.success) return null;
  const output = parsed.data;
  return GenerationResultSchema.parse({
    analysis: 'analysis' in output ? output.analysis : null,
    questions: output.questions,
    recommendations: output.recommendations,
    strategy: output.strategy,
    overview: 'overview' in output ? output.overview : null,
  });
}
