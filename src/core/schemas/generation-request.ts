import { z } from 'zod';

export const INTERVIEW_TYPES = ['technical', 'behavioral', 'case_study', 'reverse'] as const;
export const EXPERIENCE_LEVELS = ['junior', 'mid', 'senior', 'lead'] as const;
export const TECHNIQUES = ['few_shot', 'chain_of_thought', 'zero_shot', 'role_based', 'structured_output'] as const;
export const PERSONA_STYLES = ['strict', 'friendly', 'neutral'] as const;
export const COMPANY_TYPES = [
  'startup',
  'big_tech',
  'enterprise',
  'agency',
  'public_sector',
  'consultancy',
  'nonprofit',
] as const;
export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high'] as const;

export const MIN_QUESTION_COUNT = 1;
export const MAX_QUESTION_COUNT = 20;
export const DEFAULT_QUESTION_COUNT = 5;
export const DEFAULT_LANGUAGE = 'English';

export const InterviewTypeSchema = z.enum(INTERVIEW_TYPES);
export const ExperienceLevelSchema = z.enum(EXPERIENCE_LEVELS);
export const TechniqueSchema = z.enum(TECHNIQUES);
export const PersonaStyleSchema = z.enum(PERSONA_STYLES);
export const CompanyTypeSchema = z.enum(COMPANY_TYPES);
export const ReasoningEffortSchema = z.enum(REASONING_EFFORTS);

export type InterviewType = z.infer<typeof InterviewTypeSchema>;
export type ExperienceLevel = z.infer<typeof ExperienceLevelSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type PersonaStyle = z.infer<typeof PersonaStyleSchema>;
export type CompanyType = z.infer<typeof CompanyTypeSchema>;
export type ReasoningEffort = z.infer<typeof ReasoningEffortSchema>;

export const DEFAULT_PERSONA = { style: 'neutral', companyType: 'big_tech' } as const;

/** Interviewer persona used by the role-based technique. */
export const PersonaSchema = z.object({
  style: PersonaStyleSchema.default(DEFAULT_PERSONA.style),
  companyType: CompanyTypeSchema.default(DEFAULT_PERSONA.companyType),
});
export type Persona = z.infer<typeof PersonaSchema>;

/** A model id as a user may type it: OpenAI ids, Ollama tags (`llama3.1:8b`), gateway paths. */
export const ModelIdSchema = z
  .string()
  .trim()
  .min(1, 'Enter a model id.')
  .max(100, 'A model id has at most 100 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/, 'A model id may only contain letters, digits and . _ : / @ -');

/**
 * The language the questions are written in. It is placed in the instructions, so it must be a
 * plain name (at most three words, letters only), never a sentence.
 */
export const LanguageSchema = z
  .string()
  .trim()
  .min(2, 'Enter a language, for example English.')
  .max(30, 'A language name has at most 30 characters.')
  .regex(
    /^[\p{L}][\p{L}\p{M}'-]*(?: [\p{L}][\p{L}\p{M}'-]*){0,2}(?: \([\p{L}\p{M} -]{2,20}\))?$/u,
    'Enter just the name of a language, for example Deutsch or Brazilian Portuguese.',
  );

/**
 * The fields of a generation request other than the job description, whose checks depend on
 * configuration (see createGenerationRequestSchema in generation-request-schema.ts).
 */
export const GenerationOptionsSchema = z.object({
  interviewType: InterviewTypeSchema,
  experienceLevel: ExperienceLevelSchema,
  technique: TechniqueSchema,
  questionCount: z
    .number()
    .int('The number of questions must be a whole number.')
    .min(MIN_QUESTION_COUNT, `Ask for at least ${MIN_QUESTION_COUNT} question.`)
    .max(MAX_QUESTION_COUNT, `Ask for at most ${MAX_QUESTION_COUNT} questions.`)
    .default(DEFAULT_QUESTION_COUNT),
  model: ModelIdSchema.optional(),
  temperature: z.number().min(0).max(2).optional(),
  reasoningEffort: ReasoningEffortSchema.optional(),
  persona: PersonaSchema.optional(),
  language: LanguageSchema.default(DEFAULT_LANGUAGE),
});
export type GenerationOptions = z.infer<typeof GenerationOptionsSchema>;

/** A validated generation request: jobDescription is already sanitized and checked. */
export type GenerationRequest = GenerationOptions & { jobDescription: string };
