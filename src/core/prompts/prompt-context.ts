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
  type Technique,
} from '../schemas/generation-request.js';
import { detectSector } from './detect-sector.js';
import type { Sector } from './sector-signals.js';

/** Everything a template needs, with the request's defaults already applied. */
export interface PromptContext {
  interviewType: InterviewType;
  technique: Technique;
  experienceLevel: ExperienceLevel;
  questionCount: number;
  language: string;
  persona: Persona;
  jobDescription: string;
  /**
   * The sector the user chose, or else the one guessed from the job description's words. Like the job description, it may shape
   * only the user turns (the sector hint, the few-shot example), never a system message.
   */
  sector: Sector;
  /** Whether the user chose the sector (rather than leaving it to detection). */
  sectorChosen: boolean;
  /** The candidate's CV or "about me", already checked; untrusted data like the job description. */
  candidateProfile: string | null;
  /** The round's length in minutes, when the user gave one. */
  roundMinutes: number | null;
  /** Questions of an earlier set this one must not repeat (model output: untrusted data). */
  previousQuestions: readonly string[];
}

/** What a prompt takes besides the request: what the app loaded for it. */
export interface PromptExtras {
  previousQuestions?: readonly string[];
}

/**
 * Applies the defaults a template relies on. The request is normally validated already; this
 * only guards against a caller that built one by hand, so a prompt never says "exactly NaN".
 */
export function resolvePromptContext(request: GenerationRequest, extras: PromptExtras = {}): PromptContext {
  const count = Number.isFinite(request.questionCount) ? Math.round(request.questionCount) : DEFAULT_QUESTION_COUNT;
  return {
    interviewType: request.interviewType,
    technique: request.technique,
    experienceLevel: request.experienceLevel,
    questionCount: Math.min(MAX_QUESTION_COUNT, Math.max(MIN_QUESTION_COUNT, count)),
    language: request.language?.trim() || DEFAULT_LANGUAGE,
    persona: { ...DEFAULT_PERSONA, ...request.persona },
    jobDescription: request.jobDescription,
    sector:
      request.sector === undefined || request.sector === 'auto' ? detectSector(request.jobDescription) : request.sector,
    sectorChosen: request.sector !== undefined && request.sector !== 'auto',
    candidateProfile: request.candidateProfile?.trim() || null,
    roundMinutes: request.roundMinutes ?? null,
    previousQuestions: extras.previousQuestions ?? [],
  };
}
