import { EXPERIENCE_LEVELS, type ExperienceLevel, type InterviewType } from '../../schemas/generation-request.js';
import type { Sector } from '../sector-signals.js';
import { CONSTRUCTION_EXAMPLES } from './construction-examples.js';
import { EDUCATION_EXAMPLES } from './education-examples.js';
import type { FewShotExample } from './example-helpers.js';
import { GENERAL_EXAMPLES } from './general-examples.js';
import { HEALTHCARE_EXAMPLES } from './healthcare-examples.js';
import { HOSPITALITY_EXAMPLES } from './hospitality-examples.js';
import { PUBLIC_POLICY_EXAMPLES } from './public-policy-examples.js';
import { SOFTWARE_EXAMPLES } from './software-examples.js';

/** Every worked example, tagged by sector x interview type x level. */
export const FEW_SHOT_EXAMPLES: readonly FewShotExample[] = [
  ...SOFTWARE_EXAMPLES,
  ...HEALTHCARE_EXAMPLES,
  ...HOSPITALITY_EXAMPLES,
  ...PUBLIC_POLICY_EXAMPLES,
  ...EDUCATION_EXAMPLES,
  ...CONSTRUCTION_EXAMPLES,
  ...GENERAL_EXAMPLES,
];

const levelDistance = (a: ExperienceLevel, b: ExperienceLevel) =>
  Math.abs(EXPERIENCE_LEVELS.indexOf(a) - EXPERIENCE_LEVELS.indexOf(b));

function closestLevel(examples: readonly FewShotExample[], level: ExperienceLevel): FewShotExample | undefined {
  // Stable: on equal distance the example listed first wins.
  return [...examples].sort(
    (a, b) => levelDistance(a.experienceLevel, level) - levelDistance(b.experienceLevel, level),
  )[0];
}

/**
 * The example for a request: from the posting's sector and the same interview type, at the
 * closest level; when the sector has none, the neutral (`general`) one. So no example from
 * another sector reaches a prompt.
 */
export function selectFewShotExample(options: {
  sector: Sector;
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
}): FewShotExample {
  const ofType = FEW_SHOT_EXAMPLES.filter((example) => example.interviewType === options.interviewType);
  const example =
    closestLevel(
      ofType.filter((candidate) => candidate.sector === options.sector),
      options.experienceLevel,
    ) ??
    closestLevel(
      ofType.filter((candidate) => candidate.sector === 'general'),
      options.experienceLevel,
    );
  if (!example) throw new Error(`No few-shot example for ${options.interviewType}`);
  return example;
}
