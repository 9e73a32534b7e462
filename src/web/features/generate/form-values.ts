import { modelFamilyOf, type ModelFamily } from '../../../core/models/model-registry.js';
import {
  DEFAULT_LANGUAGE,
  DEFAULT_PERSONA,
  DEFAULT_QUESTION_COUNT,
  type CompanyType,
  type ExperienceLevel,
  type InterviewType,
  type PersonaStyle,
  type ReasoningEffort,
  type Technique,
} from '../../../core/schemas/generation-request.js';
import {
  createGenerationRequestSchema,
  type GenerationRequestInput,
} from '../../../core/schemas/generation-request-schema.js';

/** The "Other…" entry of the model select: the free-text model id field is used instead. */
export const OTHER_MODEL = '__other__';
export const DEFAULT_TEMPERATURE = '0.7';

/** What the form holds: strings where the user types, so partial input is never lost. */
export type FormValues = {
  jobDescription: string;
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
  technique: Technique;
  questionCount: string;
  language: string;
  modelChoice: string;
  customModel: string;
  temperature: string;
  reasoningEffort: ReasoningEffort | '';
  personaStyle: PersonaStyle;
  companyType: CompanyType;
};

export type FormField = keyof GenerationRequestInput | 'persona';
export type FieldErrors = Partial<Record<FormField, string>>;

export type FormCheck =
  | { ok: true; request: GenerationRequestInput }
  | { ok: false; errors: FieldErrors; request: GenerationRequestInput; injection: boolean };

export function createDefaultFormValues(defaultModel: string): FormValues {
  return {
    jobDescription: '',
    interviewType: 'technical',
    experienceLevel: 'mid',
    technique: 'chain_of_thought',
    questionCount: String(DEFAULT_QUESTION_COUNT),
    language: DEFAULT_LANGUAGE,
    modelChoice: defaultModel,
    customModel: '',
    temperature: DEFAULT_TEMPERATURE,
    reasoningEffort: '',
    personaStyle: DEFAULT_PERSONA.style,
    companyType: DEFAULT_PERSONA.companyType,
  };
}

/** The model id the form selects (the free-text one when "Other…" is chosen). */
export function selectedModel(values: FormValues): string {
  return values.modelChoice === OTHER_MODEL ? values.customModel.trim() : values.modelChoice;
}

export function selectedFamily(values: FormValues): ModelFamily {
  return modelFamilyOf(selectedModel(values));
}

/**
 * The request body the form describes. Parameters the chosen model or technique does not use
 * are left out: temperature for reasoning models, reasoning effort for classic ones, the
 * persona outside role-based.
 */
export function toRequestInput(values: FormValues): GenerationRequestInput {
  const model = selectedModel(values);
  const family = modelFamilyOf(model);
  const questionCount = values.questionCount.trim() === '' ? Number.NaN : Number(values.questionCount);
  return {
    jobDescription: values.jobDescription,
    interviewType: values.interviewType,
    experienceLevel: values.experienceLevel,
    technique: values.technique,
    questionCount,
    language: values.language,
    model,
    ...(family === 'classic' ? { temperature: Number(values.temperature) } : {}),
    ...(family === 'reasoning' && values.reasoningEffort ? { reasoningEffort: values.reasoningEffort } : {}),
    ...(values.technique === 'role_based'
      ? { persona: { style: values.personaStyle, companyType: values.companyType } }
      : {}),
  };
}

/** The form filled from an earlier request ("Regenerate with these settings"). */
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
    interviewType: request.interviewType ?? defaults.interviewType,
    experienceLevel: request.experienceLevel ?? defaults.experienceLevel,
    technique: request.technique ?? defaults.technique,
    questionCount: String(request.questionCount ?? DEFAULT_QUESTION_COUNT),
    language: request.language ?? DEFAULT_LANGUAGE,
    modelChoice: known ? model : OTHER_MODEL,
    customModel: known ? '' : model,
    temperature: request.temperature !== undefined ? String(request.temperature) : DEFAULT_TEMPERATURE,
    reasoningEffort: request.reasoningEffort ?? '',
    personaStyle: request.persona?.style ?? defaults.personaStyle,
    companyType: request.persona?.companyType ?? defaults.companyType,
  };
}

/**
 * Checks the form with the very schema the server uses; returns one message per field.
 * `injection` is true when the job description failed the prompt-injection check.
 */
export function checkForm(values: FormValues, limits: { maxInputChars: number }): FormCheck {
  const request = toRequestInput(values);
  const parsed = createGenerationRequestSchema(limits).safeParse(request);
  if (parsed.success) return { ok: true, request };
  const errors: FieldErrors = {};
  let injection = false;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as FormField | undefined;
    if (!field || errors[field]) continue;
    if (field === 'questionCount' && !Number.isFinite(request.questionCount)) {
      errors.questionCount = 'Enter a number of questions.';
      continue;
    }
    errors[field] = issue.message;
    const params = (issue as { params?: { errorCode?: string } }).params;
    if (field === 'jobDescription' && params?.errorCode === 'prompt_injection') injection = true;
  }
  return { ok: false, errors, request, injection };
}
