import type { ZodError } from 'zod';
import { AppError } from '../core/errors.js';

/**
 * Turns a failed request validation into an AppError naming the first bad field. A failed
 * job-description check carries its own code (prompt_injection) in the issue's params.
 */
export function appErrorFromZodError(error: ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError('invalid_input', { cause: error });
  const field = issue.path.join('.') || undefined;
  const params = 'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
  const code = params?.errorCode === 'prompt_injection' ? 'prompt_injection' : 'invalid_input';
  const message = issue.code === 'invalid_type' && field ? `${field}: ${issue.message}` : issue.message;
  const passages = stringsIn(params?.passages);
  return new AppError(code, { message, ...(field ? { field } : {}), ...(passages ? { passages } : {}), cause: error });
}

function stringsIn(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}
