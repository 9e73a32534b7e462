import { modelFamilyOf, type ModelFamily } from '../../../core/models/model-registry.js';
import {
  DEFAULT_LANGUAGE,
  DEFAULT_PERSONA,
  DEFAULT_QUESTION_COUNT,
  LEGACY_COMPANY_TYPE_KINDS,
  type ExperienceLevel,
  type InterviewerRole,
  type InterviewType,
  type LegacyCompanyType,
  type OrganisationKind,
  type PersonaStyle,
  type ReasoningEffort,
  type SectorChoice,
  type Technique,
} from '../../../core/schemas/generation-request.js';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';

/** The "Other…" entry of the model select: the free-text model id field is used instead. */
export const OTHER_MODEL = '__other__';
export const DEFAULT_TEMPERATURE = '0.7';

/** What the form holds: strings where the user types, so partial input is never lost. */
export type FormValues = {
  jobDescription: string;
  /** The user's CV or "about me"; empty for none. */
  candidateProfile: string;
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
  technique: Technique;
  questionCount: string;
  language: string;
  modelChoice: string;
  customModel: string;
  temperature: string;
  reasoningEffort: ReasoningEffort | '';
  sector: SectorChoice;
  /** Whole minutes, or empty for no stated round length. */
  roundMinutes: string;
  personaStyle: PersonaStyle;
  interviewerRole: InterviewerRole;
  organisationKind: OrganisationKind;
};

export type FormField = keyof GenerationRequestInput | 'persona';
export type FieldErrors = Partial<Record<FormField, string>>;

export type FormLimits = { maxInputChars: number; maxProfileChars: number };

export type FormCheck =
  | { ok: true; request: GenerationRequestInput }
  | {
      ok: false;
      errors: FieldErrors;
      request: GenerationRequestInput;
      injection: boolean;
      /**
       * The passages the injection check refused, per field, for removing them in one click
       * (`removePassages`); an empty list when only cleaning the paste is needed (markup).
       */
      refusedPassages: Partial<Record<'jobDescription' | 'candidateProfile', string[]>>;
    };

export function createDefaultFormValues(defaultModel: string): FormValues {
  return {
    jobDescription: '',
    candidateProfile: '',
    interviewType: 'technical',
    experienceLevel: 'mid',
    technique: 'chain_of_thought',
    questionCount: String(DEFAULT_QUESTION_COUNT),
    language: DEFAULT_LANGUAGE,
    modelChoice: defaultModel,
    customModel: '',
    temperature: DEFAULT_TEMPERATURE,
    reasoningEffort: '',
    sector: 'auto',
    roundMinutes: '',
    personaStyle: DEFAULT_PERSONA.style,
    interviewerRole: DEFAULT_PERSONA.interviewerRole,
    organisationKind: DEFAULT_PERSONA.organisationKind,
  };
}

/** The model id the form selects (the free-text one when "Other…" is chosen). */
export function selectedModel(values: FormValues): string {
  return values.modelChoice === OTHER_MODEL ? values.customModel.trim() : values.modelChoice;
}

export function selectedFamily(values: FormValues): ModelFamily {
  return modelFamilyOf(selectedModel(values));
}

/** A typed number, NaN for an empty field (so the schema says it is missing). */
function typedNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * The request body the form describes. Parameters the chosen model or technique does not use
 * are left out: temperature for reasoning models, reasoning effort for classic ones, the
 * persona outside role-based; so are the optional fields left empty (profile, round length) and
 * the sector left to detection.
 */
export function toRequestInput(values: FormValues): GenerationRequestInput {
  const model = selectedModel(values);
  const family = modelFamilyOf(model);
  return {
    jobDescription: values.jobDescription,
    ...(values.candidateProfile.trim() ? { candidateProfile: values.candidateProfile } : {}),
    interviewType: values.interviewType,
    experienceLevel: values.experienceLevel,
    technique: values.technique,
    questionCount: typedNumber(values.questionCount),
    language: values.language,
    model,
    ...(family === 'classic' ? { temperature: Number(values.temperature) } : {}),
    ...(family === 'reasoning' && values.reasoningEffort ? { reasoningEffort: values.reasoningEffort } : {}),
    ...(values.sector !== 'auto' ? { sector: values.sector } : {}),
    ...(values.roundMinutes.trim() ? { roundMinutes: typedNumber(values.roundMinutes) } : {}),
    ...(values.technique === 'role_based'
      ? {
          persona: {
            style: values.personaStyle,
            interviewerRole: values.interviewerRole,
            organisationKind: values.organisationKind,
          },
        }
      : {}),
  };
}

/** The kind of organisation a persona names; a legacy company type is read as the kind it meant. */
function organisationKindOf(persona: GenerationRequestInput['persona']): OrganisationKind | undefined {
  if (!persona) return undefined;
  if (persona.organisationKind) return persona.organisationKind;
  const legacy = (persona as { companyType?: unknown }).companyType;
  return typeof legacy === 'string' ? LEGACY_COMPANY_TYPE_KINDS[legacy as LegacyCompanyType] : undefined;
}

/** The form filled from an earlier request ("Use these settings"). */
export function valuesFromRequest(
  request: GenerationRequestInput,
  knownModelIds: readonly string[],
  defaultModel: string,
): FormValues {
  const defaults = createDefaultFormValues(defaultModel);
  const model = request.model ?? defaultModel;
  const known = knownModelIds.includes(model);
  return {
    ...defaults,
    jobDescription: request.jobDescription ?? '',
    candidateProfile: request.candidateProfile ?? '',
    interviewType: request.interviewType ?? defaults.interviewType,
    experienceLevel: request.experienceLevel ?? defaults.experienceLevel,
    technique: request.technique ?? defaults.technique,
    questionCount: String(request.questionCount ?? DEFAULT_QUESTION_COUNT),
    language: request.language ?? DEFAULT_LANGUAGE,
    modelChoice: known ? model : OTHER_MODEL,
    customModel: known ? '' : model,
    temperature: request.temperature !== undefined ? String(request.temperature) : DEFAULT_TEMPERATURE,
    reasoningEffort: request.reasoningEffort ?? '',
    sector: request.sector ?? defaults.sector,
    roundMinutes: request.roundMinutes !== undefined ? String(request.roundMinutes) : '',
    personaStyle: request.persona?.style ?? defaults.personaStyle,
    interviewerRole: request.persona?.interviewerRole ?? defaults.interviewerRole,
    organisationKind: organisationKindOf(request.persona) ?? defaults.organisationKind,
  };
}
