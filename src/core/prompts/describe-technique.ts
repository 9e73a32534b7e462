import type { Technique } from '../schemas/generation-request.js';

const DESCRIPTIONS = {
  few_shot: "Shows the model a worked example from your job's sector and interview type before your job.",
  chain_of_thought: 'Has the model analyse the job, the level and the skills to probe before it writes questions.',
  zero_shot: 'Gives the model a direct instruction with no examples: fast and inexpensive.',
  role_based: 'The model plays an interviewer with the style and company type you choose.',
  structured_output:
    'The strictest format: spells out every field and adds an overview of the set (difficulty mix, minutes).',
} as const satisfies Record<Technique, string>;

/** One short line on what a prompting technique does, for the UI. */
export function describeTechnique(technique: Technique): string {
  return DESCRIPTIONS[technique];
}
