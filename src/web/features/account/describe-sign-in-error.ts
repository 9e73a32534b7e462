import { describeError, formatWait, mentionsWait, type ShownError } from '../../lib/describe-error.js';

/** The sign-in form's fields, as the API names them. */
export type SignInField = 'email' | 'password';

/**
 * What the sign-in form shows for a failed sign-in: next to a field (`field`), or above the form
 * (`title` and `message`).
 */
export type SignInErrorDescription =
  { kind: 'field'; field: SignInField; message: string } | { kind: 'form'; title: string; message: string };

/** Whether the API's `field` (or a schema issue's path) names one of the sign-in form's fields. */
export function isSignInField(field: unknown): field is SignInField {
  return field === 'email' || field === 'password';
}

/** "…. Try again in 14 minutes." unless the server's message already says when. */
function withWait(message: string, retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined || retryAfterSeconds <= 0 || mentionsWait(message)) return message;
  return `${message} Try again in ${formatWait(retryAfterSeconds)}.`;
}

/** A sign-in error as the form shows it, with a heading of its own for each way a sign-in fails. */
export function describeSignInError(error: ShownError): SignInErrorDescription {
  switch (error.code) {
    case 'invalid_credentials':
      return { kind: 'form', title: 'Wrong email or password', message: error.message };
    case 'rate_limited':
      return {
        kind: 'form',
        title: 'Too many sign-in attempts',
        message: withWait(error.message, error.retryAfterSeconds),
      };
    case 'forbidden':
      // The page came from this server, so its host check passed: a refused sign-in is a disabled account.
      return { kind: 'form', title: 'This account is disabled', message: error.message };
    case 'invalid_input':
      if (isSignInField(error.field)) return { kind: 'field', field: error.field, message: error.message };
      break;
    default:
      break;
  }
  // The app server unreachable (its own title), the database down, a cross-site refusal...
  const { title, message, detail } = describeError(error);
  return { kind: 'form', title, message: detail ? `${message} ${detail}` : message };
}
