import { createGenerationRequestSchema } from '../../../core/schemas/generation-request-schema.js';
import type { InjectionDetector } from '../../../core/validation/detect-prompt-injection.js';
import {
  toRequestInput,
  type FieldErrors,
  type FormCheck,
  type FormField,
  type FormLimits,
  type FormValues,
} from './form-values.js';

// Apart from form-values.ts: the request schema and the cleaning it runs (HTML, invisible
// characters) load once the user starts on the form (use-form-checker), not with the first screen.

/**
 * Checks the form with the very schema the server uses; returns one message per field.
 * `injection` is true when the job description failed the prompt-injection check (run only when
 * `detectInjection` is given: the detector is loaded on demand). The candidate profile is checked
 * the same way, against the server's own limit.
 */
export function checkForm(
  values: FormValues,
  limits: FormLimits,
  detectInjection: InjectionDetector | null,
): FormCheck {
  const request = toRequestInput(values);
  const parsed = createGenerationRequestSchema(limits, detectInjection).safeParse(request);
  if (parsed.success) return { ok: true, request };
  const errors: FieldErrors = {};
  const refusedPassages: Partial<Record<'jobDescription' | 'candidateProfile', string[]>> = {};
  let injection = false;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as FormField | undefined;
    if (!field || errors[field]) continue;
    if (field === 'questionCount' && !Number.isFinite(request.questionCount)) {
      errors.questionCount = 'Enter a number of questions.';
      continue;
    }
    if (field === 'roundMinutes' && !Number.isFinite(request.roundMinutes)) {
      errors.roundMinutes = 'Enter the round length in whole minutes, or leave it empty.';
      continue;
    }
    errors[field] = issue.message;
    const params = (issue as { params?: { errorCode?: string; passages?: string[] } }).params;
    if (params?.errorCode !== 'prompt_injection') continue;
    if (field === 'jobDescription') injection = true;
    // No passages: active markup or a hidden comment, which cleaning the paste removes.
    if (field === 'jobDescription' || field === 'candidateProfile') refusedPassages[field] = params.passages ?? [];
  }
  return { ok: false, errors, request, injection, refusedPassages };
}
