import { rawInputLimitFor } from '../../core/validation/check-job-description.js';

/**
 * Request body limit for routes that carry a job description and a candidate profile: room for the
 * longest raw pastes the validator accepts (HTML pastes shrink when cleaned), at up to 4 bytes a character, plus the
 * other fields.
 */
export function bodyLimitFor(limits: { maxInputChars: number; maxProfileChars: number }): number {
  return (rawInputLimitFor(limits.maxInputChars) + rawInputLimitFor(limits.maxProfileChars)) * 4 + 16 * 1024;
}
