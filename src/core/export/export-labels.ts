import { findModel } from '../models/model-registry.js';
import { formatUsd } from '../cost/price-usage.js';
import type { PlanStep } from '../schemas/generation-result.js';
import type { FrameworkKind } from '../schemas/question.js';
import type { Usage } from '../schemas/usage.js';

/** How exports name an answer framework's kind. */
export const FRAMEWORK_KIND_LABELS = {
  star: 'STAR',
  approach: 'Approach outline',
  case_structure: 'Case structure',
  why_ask: 'Why to ask',
} as const satisfies Record<FrameworkKind, string>;

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

/**
 * One step of the preparation plan on one line: `action — because (15 min, for questions 1, 3)`.
 * The reason, the minutes and the questions are left out when the step has none (steps of
 * sessions saved before plans were steps carry only the action).
 */
export function formatPlanStep(step: PlanStep): string {
  const because = step.because.trim();
  const questions = [...new Set(step.forQuestions)];
  const note = [
    ...(step.minutes === null ? [] : [formatMinutes(step.minutes)]),
    ...(questions.length === 0 ? [] : [`for question${questions.length === 1 ? '' : 's'} ${questions.join(', ')}`]),
  ].join(', ');
  return `${step.action.trim()}${because ? ` — ${because}` : ''}${note ? ` (${note})` : ''}`;
}
