import type { ZodError } from 'zod';
import { AppError } from '../core/errors.js';
import { CliError, EXIT_CODES, usageError } from './cli-error.js';

/** The flag that sets each field of a generation request. */
const FLAG_OF_FIELD: Record<string, string> = {
  jobDescription: '--job-description',
  interviewType: '--type',
  experienceLevel: '--level',
  technique: '--technique',
  questionCount: '--count',
  model: '--model',
  language: '--language',
};

/**
 * Turns a failed request validation into what the command reports: prompt injection in the job
 * description is the app's `prompt_injection` error (exit 1, as for any error code); any other bad
 * value is a usage error naming its flag (exit 2).
 */
export function cliErrorFromZodError(error: ZodError): AppError | CliError {
  const issue = error.issues[0];
  if (!issue) return new CliError('The request is not valid.', EXIT_CODES.usage);
  const params = 'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
  if (params?.errorCode === 'prompt_injection')
    return new AppError('prompt_injection', { message: issue.message, cause: error });
  const field = issue.path.join('.');
  const flag = FLAG_OF_FIELD[field] ?? field;
  return usageError(flag ? `${flag}: ${issue.message}` : issue.message);
}
