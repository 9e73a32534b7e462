import type { ReasoningEffort } from '../../core/schemas/generation-request.js';
import type { ResponseFormatKind } from '../../core/schemas/model-stream.js';
import type { FrameworkKind } from '../../core/schemas/question.js';

export {
  DIFFICULTY_LABELS,
  EXPERIENCE_LEVEL_LABELS,
  INTERVIEW_TYPE_LABELS,
  INTERVIEWER_ROLE_LABELS,
  ORGANISATION_KIND_LABELS,
  PERSONA_STYLE_LABELS,
  SECTOR_LABELS,
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

/** How the reply's JSON was asked for, as the prompt inspector names it. */
export const RESPONSE_FORMAT_LABELS = {
  json_schema: 'Strict JSON schema',
  json_object: 'JSON mode (the server refused the strict schema)',
  none: 'Prompt only (the server supports neither)',
} as const satisfies Record<ResponseFormatKind, string>;
