import { z } from 'zod';
import { SessionIdSchema } from './session-id.js';

export const INTERVIEW_TYPES = ['technical', 'behavioral', 'case_study', 'reverse'] as const;
export const EXPERIENCE_LEVELS = ['junior', 'mid', 'senior', 'lead'] as const;
export const TECHNIQUES = ['few_shot', 'chain_of_thought', 'zero_shot', 'role_based', 'structured_output'] as const;
export const PERSONA_STYLES = ['strict', 'friendly', 'neutral'] as const;
/** The kinds of organisation a role-based interviewer can work for, in words that fit any profession. */
export const ORGANISATION_KINDS = [
  'unspecified',
  'startup',
  'established_company',
  'public_body',
  'charity',
  'agency',
] as const;
/** Who runs the round in the role-based technique. */
export const INTERVIEWER_ROLES = ['hiring_manager', 'recruiter', 'peer', 'panel'] as const;
/**
 * The sectors the prompt library knows (few-shot examples, sector hints); `general` is the neutral
 * fallback. A request may name one or leave it to `auto`: detected from the posting's words.
 */
export const SECTORS = [
  'software',
  'healthcare',
  'hospitality',
  'public_policy',
  'education',
  'construction',
  'general',
] as const;
export const SECTOR_CHOICES = ['auto', ...SECTORS] as const;
/**
 * Company types of sessions saved before the persona named a kind of organisation; they still
 * open, mapped by LEGACY_COMPANY_TYPE_KINDS.
 */
export const LEGACY_COMPANY_TYPES = [
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
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export const InterviewerRoleSchema = z.enum(INTERVIEWER_ROLES);
export const SectorSchema = z.enum(SECTORS);
export const SectorChoiceSchema = z.enum(SECTOR_CHOICES);
export const ReasoningEffortSchema = z.enum(REASONING_EFFORTS);

export type InterviewType = z.infer<typeof InterviewTypeSchema>;
export type ExperienceLevel = z.infer<typeof ExperienceLevelSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type PersonaStyle = z.infer<typeof PersonaStyleSchema>;
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;
export type InterviewerRole = z.infer<typeof InterviewerRoleSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type SectorChoice = z.infer<typeof SectorChoiceSchema>;
export type LegacyCompanyType = (typeof LEGACY_COMPANY_TYPES)[number];
export type ReasoningEffort = z.infer<typeof ReasoningEffortSchema>;

export const DEFAULT_PERSONA = {
  style: 'neutral',
  interviewerRole: 'hiring_manager',
  organisationKind: 'unspecified',
} as const;

/** Interviewer persona used by the role-based technique. */
export const PersonaSchema = z.object({
  style: PersonaStyleSchema.default(DEFAULT_PERSONA.style),
  interviewerRole: InterviewerRoleSchema.default(DEFAULT_PERSONA.interviewerRole),
  organisationKind: OrganisationKindSchema.default(DEFAULT_PERSONA.organisationKind),
});
export type Persona = z.infer<typeof PersonaSchema>;

/** The kind of organisation each legacy company type meant. */
export const LEGACY_COMPANY_TYPE_KINDS = {
  startup: 'startup',
  big_tech: 'established_company',
  enterprise: 'established_company',
  agency: 'agency',
  public_sector: 'public_body',
  consultancy: 'agency',
  nonprofit: 'charity',
} as const satisfies Record<LegacyCompanyType, OrganisationKind>;

/**
 * A persona as saved: sessions from before the split carry `companyType` instead of
 * `organisationKind`; it is read as the kind of organisation it meant.
 */
export const StoredPersonaSchema = z.preprocess((value) => {
  if (typeof value !== 'object' || value === null || 'organisationKind' in value) return value;
  const { companyType, ...rest } = value as { companyType?: unknown };
  const kind = LEGACY_COMPANY_TYPE_KINDS[companyType as LegacyCompanyType];
  return kind === undefined ? rest : { ...rest, organisationKind: kind };
}, PersonaSchema);

/** The shortest and longest interview round a request may give, in minutes. */
export const MIN_ROUND_MINUTES = 10;
export const MAX_ROUND_MINUTES = 480;

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
  /** The posting's sector; absent or `auto`: detected from the posting's words. */
  sector: SectorChoiceSchema.optional(),
  /** How long the round lasts; the questions' minutes are planned to fit it. */
  roundMinutes: z
    .number()
    .int('The round length must be a whole number of minutes.')
    .min(MIN_ROUND_MINUTES, `A round lasts at least ${MIN_ROUND_MINUTES} minutes.`)
    .max(MAX_ROUND_MINUTES, `A round lasts at most ${MAX_ROUND_MINUTES} minutes.`)
    .optional(),
  /** A saved session whose questions this set must not repeat ("Regenerate"). */
  previousSessionId: SessionIdSchema.optional(),
});
export type GenerationOptions = z.infer<typeof GenerationOptionsSchema>;

/**
 * A validated generation request: jobDescription (and candidateProfile, when given) is already
 * sanitized and checked.
 */
export type GenerationRequest = GenerationOptions & { jobDescription: string; candidateProfile?: string };
