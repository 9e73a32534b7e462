import { rawInputLimitFor } from '../../core/validation/check-job-description.js';

/**
 * Request body limit for routes that carry a job description: room for the longest raw paste the
 * validator accepts (HTML pastes shrink when cleaned), at up to 4 bytes a character, plus the
 * other fields.
 */
export function bodyLimitFor(maxInputChars: number): number {
  return rawInputLimitFor(maxInputChars) * 4 + 16 * 1024;
}
