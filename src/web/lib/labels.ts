import type {
  CompanyType,
  ExperienceLevel,
  InterviewType,
  PersonaStyle,
  ReasoningEffort,
  Technique,
} from '../../core/schemas/generation-request.js';
import type { Difficulty, FrameworkKind } from '../../core/schemas/question.js';

// TODO: switch to src/core/prompts/labels.ts and describeTechnique once they exist.

export const INTERVIEW_TYPE_LABELS = {
  technical: 'Technical Questions',
  behavioral: 'Behavioral Questions',
  case_study: 'Case Studies',
  reverse: 'Questions for Employer',
} as const satisfies Record<InterviewType, string>;

export const EXPERIENCE_LEVEL_LABELS = {
  junior: 'Junior (1-2 years)',
  mid: 'Mid-level (3-5 years)',
  senior: 'Senior (5+ years)',
  lead: 'Lead/Principal',
} as const satisfies Record<ExperienceLevel, string>;

export const TECHNIQUE_LABELS = {
  chain_of_thought: 'Chain-of-Thought',
  few_shot: 'Few-shot Learning',
  zero_shot: 'Zero-shot',
  role_based: 'Role-based',
  structured_output: 'Structured Output',
} as const satisfies Record<Technique, string>;

/** One line on what each prompt technique does. */
export const TECHNIQUE_DESCRIPTIONS = {
  chain_of_thought: 'The model first analyses the job (requirements, level, skills), then writes questions from that analysis.',
  few_shot: 'The prompt shows example questions per level, and the model follows their pattern and difficulty.',
  zero_shot: 'A plain, direct instruction with no examples: fastest and cheapest.',
  role_based: 'The model plays an interviewer persona (style and company type) you choose below.',
  structured_output: 'The strictest schema: adds red flags per question and an overview of the set.',
} as const satisfies Record<Technique, string>;

export const PERSONA_STYLE_LABELS = {
  neutral: 'Neutral',
  friendly: 'Friendly',
  strict: 'Strict',
} as const satisfies Record<PersonaStyle, string>;

export const COMPANY_TYPE_LABELS = {
  startup: 'Startup',
  big_tech: 'Big tech',
  enterprise: 'Enterprise',
  agency: 'Agency',
  public_sector: 'Public sector',
  consultancy: 'Consultancy',
  nonprofit: 'Non-profit',
} as const satisfies Record<CompanyType, string>;

export const REASONING_EFFORT_LABELS = {
  none: 'None (fastest)',
  minimal: 'Minimal',
  low: 'Low',
  medium: 'Medium',
  high: 'High (slowest, most thorough)',
} as const satisfies Record<ReasoningEffort, string>;

export const DIFFICULTY_LABELS = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
} as const satisfies Record<Difficulty, string>;

export const FRAMEWORK_KIND_LABELS = {
  star: 'STAR answer framework',
  approach: 'Approach',
  case_structure: 'Case structure',
  why_ask: 'Why ask this',
} as const satisfies Record<FrameworkKind, string>;
