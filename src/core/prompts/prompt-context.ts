import {
  DEFAULT_LANGUAGE,
  DEFAULT_PERSONA,
  DEFAULT_QUESTION_COUNT,
  MAX_QUESTION_COUNT,
  MIN_QUESTION_COUNT,
  type ExperienceLevel,
  type GenerationRequest,
  type InterviewType,
  type Persona,
} from '../schemas/generation-request.js';

/** Everything a template needs, with the request's defaults already applied. */
export interface PromptContext {
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
  questionCount: number;
  language: string;
  persona: Persona;
  jobDescription: string;
}

/**
 * Applies the defaults a template relies on. The request is normally validated already; this
 * only guards against a caller that built one by hand, so a prompt never says "exactly NaN".
 */
export function resolvePromptContext(request: GenerationRequest): PromptContext {
  const count = Number.isFinite(request.questionCount)
    ? Math.round(request.questionCount)
    : DEFAULT_QUESTION_COUNT;
  return {
    interviewType: request.interviewType,
    experienceLevel: request.experienceLevel,
    questionCount: Math.min(MAX_QUESTION_COUNT, Math.max(MIN_QUESTION_COUNT, count)),
    language: request.language?.trim() || DEFAULT_LANGUAGE,
    persona: { ...DEFAULT_PERSONA, ...request.persona },
    jobDescription: request.jobDescription,
  };
}
