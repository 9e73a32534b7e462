import { findModel } from '../models/model-registry.js';
import type {
  ExperienceLevel,
  InterviewType,
  Technique,
} from '../schemas/generation-request.js';
import type { Difficulty, FrameworkKind } from '../schemas/question.js';
import type { Usage } from '../schemas/usage.js';

/** Names a reader sees in exports for the enum values stored in a session. */
export const INTERVIEW_TYPE_LABELS = {
  technical: 'Technical',
  behavioral: 'Behavioral',
  case_study: 'Case study',
  reverse: 'Reverse (questions to ask)',
} as const satisfies Record<InterviewType, string>;

export const EXPERIENCE_LEVEL_LABELS = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
} as const satisfies Record<ExperienceLevel, string>;

export const TECHNIQUE_LABELS = {
  few_shot: 'Few-shot',
  chain_of_thought: 'Chain of thought',
  zero_shot: 'Zero-shot',
  role_based: 'Role-based',
  structured_output: 'Structured output',
} as const satisfies Record<Technique, string>;

export const FRAMEWORK_KIND_LABELS = {
  star: 'STAR',
  approach: 'Approach outline',
  case_structure: 'Case structure',
  why_ask: 'Why to ask',
} as const satisfies Record<FrameworkKind, string>;

export const DIFFICULTY_LABELS = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
} as const satisfies Record<Difficulty, string>;

/** The registry's display name of a model, or the id itself for a model it does not know. */
export function modelLabel(modelId: string): string {
  return findModel(modelId)?.label ?? modelId;
}

/** `2026-11-25 09:30 UTC`: the same text in every locale and time zone. */
export function formatExportDate(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

/** US dollars with enough decimals that a cent-fraction cost is not shown as $0.00. */
export function formatUsd(amount: number): string {
  return `$${amount.toFixed(amount < 1 ? 4 : 2)}`;
}

/** One line about tokens and cost; "unknown" when the usage or the model's price is not known. */
export function formatUsageLine(usage: Usage | null): string {
  if (!usage) return 'Tokens: unknown · Cost: unknown';
  const count = (value: number) => value.toLocaleString('en-US');
  const input = `${count(usage.inputTokens)} input tokens (${count(usage.cachedTokens)} cached)`;
  const output = `${count(usage.outputTokens)} output tokens (${count(usage.reasoningTokens)} reasoning)`;
  const cost = usage.costUsd === null ? 'unknown (no price for this model)' : formatUsd(usage.costUsd);
  return `${input} · ${output} · Cost: ${cost}`;
}

/** `12 min` or `2.5 min`. */
export function formatMinutes(minutes: number): string {
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} min`;
}
