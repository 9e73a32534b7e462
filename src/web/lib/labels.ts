import type { ReasoningEffort } from '../../core/schemas/generation-request.js';
import type { FrameworkKind } from '../../core/schemas/question.js';

export {
  COMPANY_TYPE_LABELS,
  DIFFICULTY_LABELS,
  EXPERIENCE_LEVEL_LABELS,
  INTERVIEW_TYPE_LABELS,
  PERSONA_STYLE_LABELS,
  TECHNIQUE_LABELS,
} from '../../core/labels.js';
export { describeTechnique } from '../../core/prompts/describe-technique.js';

/** Labels only the web app needs. */
export const REASONING_EFFORT_LABELS = {
  none: 'None (fastest)',
  minimal: 'Minimal',
  low: 'Low',
  medium: 'Medium',
  high: 'High (slowest, most thorough)',
} as const satisfies Record<ReasoningEffort, string>;

/** Section headings for each kind of answer framework. */
export const FRAMEWORK_KIND_LABELS = {
  star: 'STAR answer framework',
  approach: 'Answer approach',
  case_structure: 'Case structure',
  why_ask: 'Why ask this',
} as const satisfies Record<FrameworkKind, string>;
