/** Display names for the enum values of requests and results, shared by the UI and the exports. */
import type {
  ExperienceLevel,
  InterviewerRole,
  InterviewType,
  OrganisationKind,
  PersonaStyle,
  SectorChoice,
  Technique,
} from './schemas/generation-request.js';
import type { Difficulty } from './schemas/question.js';

/** Display names for interview types. */
export const INTERVIEW_TYPE_LABELS = {
  technical: 'Technical',
  behavioral: 'Behavioral',
  case_study: 'Case study',
  reverse: 'Questions to ask the employer',
} as const satisfies Record<InterviewType, string>;

/** Display names for experience levels, with the years each one means. */
export const EXPERIENCE_LEVEL_LABELS = {
  junior: 'Junior (1-2 years)',
  mid: 'Mid-level (3-5 years)',
  senior: 'Senior (5+ years)',
  lead: 'Lead/Principal',
} as const satisfies Record<ExperienceLevel, string>;

/** Display names for prompting techniques. */
export const TECHNIQUE_LABELS = {
  few_shot: 'Few-shot',
  chain_of_thought: 'Chain of thought',
  zero_shot: 'Zero-shot',
  role_based: 'Role-based',
  structured_output: 'Structured output',
} as const satisfies Record<Technique, string>;

/** Display names for interviewer styles. */
export const PERSONA_STYLE_LABELS = {
  strict: 'Strict',
  friendly: 'Friendly',
  neutral: 'Neutral',
} as const satisfies Record<PersonaStyle, string>;

/** Display names for the kinds of organisation an interviewer works for. */
export const ORGANISATION_KIND_LABELS = {
  unspecified: 'As the posting says',
  startup: 'Startup',
  established_company: 'Established company',
  public_body: 'Public body',
  charity: 'Charity',
  agency: 'Agency',
} as const satisfies Record<OrganisationKind, string>;

/** Display names for who runs the round. */
export const INTERVIEWER_ROLE_LABELS = {
  hiring_manager: 'Hiring manager',
  recruiter: 'Recruiter',
  peer: 'Peer',
  panel: 'Panel',
} as const satisfies Record<InterviewerRole, string>;

/** Display names for sectors, and for detecting one from the posting. */
export const SECTOR_LABELS = {
  auto: 'Detect from the posting',
  software: 'Software',
  healthcare: 'Healthcare',
  hospitality: 'Hospitality',
  public_policy: 'Public policy',
  education: 'Education',
  construction: 'Construction',
  general: 'Other',
} as const satisfies Record<SectorChoice, string>;

/** Display names for question difficulty. */
export const DIFFICULTY_LABELS = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
} as const satisfies Record<Difficulty, string>;
