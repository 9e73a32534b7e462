import { z } from 'zod';
import type { InterviewType } from './generation-request.js';
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

/** The one framework kind each interview type uses. */
export const FRAMEWORK_KIND_BY_TYPE = {
  technical: 'approach',
  behavioral: 'star',
  case_study: 'case_structure',
  reverse: 'why_ask',
} as const satisfies Record<InterviewType, FrameworkKind>;

/**
 * Text the model writes. The bound is generous and is not sent to the model (strict mode refuses
 * maxLength): it only stops a crafted import or a runaway local model from storing a novel per field.
 */
export const ModelTextSchema = z.string().max(MAX_MODEL_TEXT_CHARS);

/** The longest one question may take to answer, in whole minutes. */
export const MAX_QUESTION_MINUTES = 120;

export const FrameworkStepSchema = z.object({
  label: ModelTextSchema.describe('Short name of the step, e.g. "Situation" or "Check the prescription"'),
  guidance: ModelTextSchema.describe('What the candidate should say or do in this step, specific to this question'),
});

export const AnswerFrameworkSchema = z.object({
  kind: FrameworkKindSchema,
  steps: z.array(FrameworkStepSchema),
});
export type AnswerFramework = z.infer<typeof AnswerFrameworkSchema>;

export const CaseStudySchema = z.object({
  scenario: ModelTextSchema.describe(
    "The situation the candidate is given: the profession's own work-sample exercise, set in the job's own setting",
  ),
  dataProvided: z.array(ModelTextSchema).describe('Facts and figures handed to the candidate'),
  expectedApproach: ModelTextSchema.describe(
    'What a strong approach looks like, with any arithmetic on the figures worked out correctly',
  ),
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

/** The fields of a question the model writes for every interview type, with their meanings. */
const modelQuestionFields = {
  question: ModelTextSchema.min(1).describe('The full question, as the interviewer would ask it'),
  category: ModelTextSchema.describe('A short topic label'),
  difficulty: DifficultySchema.describe("Against the bar for the candidate's level, as the request's split gives"),
  timeEstimateMinutes: z
    .number()
    .int()
    .min(1)
    .max(MAX_QUESTION_MINUTES)
    .describe('Whole minutes a candidate should spend answering'),
  basedOn: ModelTextSchema.describe(
    'A short phrase copied word for word from the posting that this question tests (at most 12 words)',
  ),
  stage: ModelTextSchema.nullable().describe(
    'The interview stage this question belongs to, named as the posting names it (for example "panel interview"); null when the posting names no stages',
  ),
  evaluates: z.array(ModelTextSchema).describe('What the interviewer evaluates with this question: 2-4 items'),
  strongAnswerSignals: z
    .array(ModelTextSchema)
    .describe('2-4 things a strong answer shows at this level, specific to this question'),
  redFlags: z.array(ModelTextSchema).describe('2-4 concrete signs of a weak answer to this question at this level'),
  hints: z.array(ModelTextSchema).describe('1-3 hints; with a candidate profile, pointing to their own experience'),
  followUps: z.array(ModelTextSchema).describe('1-3 follow-up questions the interviewer would ask next'),
};

const modelQuestionSchemas = new Map<InterviewType, z.ZodObject>();

/**
 * The question the model must write for an interview type, as sent in the strict schema: the
 * framework kind fixed to the type's, and the case-study block present (and required) only for
 * case studies.
 */
export function modelQuestionSchemaFor(interviewType: InterviewType): z.ZodObject {
  let schema = modelQuestionSchemas.get(interviewType);
  if (schema === undefined) {
    const answerFramework = z.object({
      kind: z.enum([FRAMEWORK_KIND_BY_TYPE[interviewType]]),
      steps: z.array(FrameworkStepSchema).describe('The steps of a good answer, in order'),
    });
    schema = z.object({
      ...modelQuestionFields,
      answerFramework,
      ...(interviewType === 'case_study' ? { caseStudy: CaseStudySchema } : {}),
    });
    modelQuestionSchemas.set(interviewType, schema);
  }
  return schema;
}

/** A list a session saved before the field existed (or saved as null) reads as empty. */
const listFromEarlierVersions = z
  .array(ModelTextSchema)
  .nullish()
  .transform((list) => list ?? []);

/**
 * One interview question as the app keeps it, shows and exports it. Sessions saved before
 * `basedOn`, `stage` and `strongAnswerSignals` existed still read: those fields are then empty,
 * and `redFlags` saved as null reads as an empty list.
 */
export const QuestionSchema = z.object({
  question: ModelTextSchema.min(1),
  category: ModelTextSchema,
  difficulty: DifficultySchema,
  timeEstimateMinutes: z.number().nonnegative(),
  basedOn: ModelTextSchema.default(''),
  stage: ModelTextSchema.nullable().default(null),
  evaluates: z.array(ModelTextSchema),
  strongAnswerSignals: listFromEarlierVersions,
  redFlags: listFromEarlierVersions,
  answerFramework: AnswerFrameworkSchema,
  hints: z.array(ModelTextSchema),
  followUps: z.array(ModelTextSchema),
  caseStudy: CaseStudySchema.nullable().default(null),
});
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;

/**
 * A streamed element as a question of this interview type, or null when it does not fit the
 * type's schema (model output is untrusted).
 */
export function toQuestion(interviewType: InterviewType, element: unknown): Question | null {
  const parsed = modelQuestionSchemaFor(interviewType).safeParse(element);
  return parsed.success ? QuestionSchema.parse(parsed.data) : null;
}
