import { z } from 'zod';
import type { InterviewType } from '../schemas/generation-request.js';
import { CRITERIA_BY_TYPE, ScoreSchema } from '../schemas/practice.js';
import { ModelTextSchema } from '../schemas/question.js';
import { toStrictJsonSchema, type JsonSchema } from '../schemas/strict-json-schema.js';

/** Name given to the feedback JSON schema in response_format. */
export const FEEDBACK_SCHEMA_NAME = 'practice_feedback';

const outputSchemas = new Map<InterviewType, z.ZodObject>();

/**
 * The feedback the model must write for an answer to a question of this type: one entry per
 * rubric criterion, in the rubric's order (streamed one by one), then the strength, the single
 * highest-leverage fix, a rewrite of one of the candidate's own sentences, contradictions with the
 * profile, and the interviewer's follow-up. The verdict is not asked for: it is computed in code.
 */
export function feedbackOutputSchemaFor(interviewType: InterviewType): z.ZodObject {
  let schema = outputSchemas.get(interviewType);
  if (schema === undefined) {
    const criteria = CRITERIA_BY_TYPE[interviewType];
    const criterion = z.object({
      criterion: z.enum(criteria as readonly string[] as [string, ...string[]]),
      score: ScoreSchema.nullable().describe(
        '1 missing, 2 weak, 3 meets the bar for this level, 4 strong, against the anchors; null when the answer gives no evidence either way',
      ),
      evidence: z
        .array(ModelTextSchema)
        .describe(
          "Exact words copied from the candidate's answer that justify the score; empty only when the score is null or 1",
        ),
      reasoning: ModelTextSchema.describe('One line: why this score against the anchor'),
    });
    schema = z.object({
      criteria: z
        .array(criterion)
        .min(criteria.length)
        .max(criteria.length)
        .describe(`One entry per criterion, in this order: ${criteria.join(', ')}`),
      strength: ModelTextSchema.describe('The one strongest thing in this answer, quoting it'),
      topFix: ModelTextSchema.describe(
        'The single change that would raise the weakest criterion most, said concretely',
      ),
      rewrite: z
        .object({
          original: ModelTextSchema.describe("One weak sentence copied exactly from the candidate's answer"),
          improved: ModelTextSchema.describe(
            "That sentence rewritten in the candidate's voice, using only facts they gave: not a model answer",
          ),
        })
        .describe("A rewrite of one weak sentence of the candidate's own"),
      profileContradictions: z
        .array(ModelTextSchema)
        .describe('Claims in the answer that contradict the candidate profile; empty without a profile or when none'),
      followUp: ModelTextSchema.describe(
        "The interviewer's most likely next question, aimed at the weakest criterion, in the session's interviewer persona",
      ),
    });
    outputSchemas.set(interviewType, schema);
  }
  return schema;
}

export type FeedbackResponseFormat = { name: typeof FEEDBACK_SCHEMA_NAME; schema: JsonSchema; schemaText: string };
const formats = new Map<InterviewType, FeedbackResponseFormat>();

/** The strict response format of a practice call, converted once per type (its text is billed as input). */
export function feedbackResponseFormatFor(interviewType: InterviewType): FeedbackResponseFormat {
  let format = formats.get(interviewType);
  if (format === undefined) {
    const schema = Object.freeze(toStrictJsonSchema(feedbackOutputSchemaFor(interviewType)));
    format = { name: FEEDBACK_SCHEMA_NAME, schema, schemaText: JSON.stringify(schema) };
    formats.set(interviewType, format);
  }
  return format;
}
