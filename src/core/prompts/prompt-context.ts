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
import { detectSector } from './detect-sector.js';
import type { Sector } from './sector-signals.js';

/** Everything a template needs, with the request's defaults already applied. */
export interface PromptContext {
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
  questionCount: number;
  language: string;
  persona: Persona;
  jobDescription: string;
  /**
   * The sector guessed from the job description's words. Like the job description, it may shape
   * only the user turns (the sector hint, the few-shot example), never a system message.
   */
  sector: Sector;
}

/**
 * Applies the defaults a template relies on. The request is normally validated already; this
 * only guards against a caller that built one by hand, so a prompt never says "exactly NaN".
 */
export function resolvePromptContext(request: GenerationRequest): PromptContext {
  const count = Number.isFinite(request.questionCount) ? Math.round(request.questionCount) : DEFAULT_QUESTION_COUNT;
  return {
    interviewType: request.interviewType,
    experienceLevel: request.experienceLevel,
    questionCount: Math.min(MAX_QUESTION_COUNT, Math.max(MIN_QUESTION_COUNT, count)),
    language: request.language?.trim() || DEFAULT_LANGUAGE,
    persona: { ...DEFAULT_PERSONA, ...request.persona },
    jobDescription: request.jobDescription,
    sector: detectSector(request.jobDescription),
  };
}
