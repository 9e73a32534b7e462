import { useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_CHARS } from '../../../core/schemas/account.js';
import type { AdminUser, CreateUserRequest } from '../../../core/schemas/admin-users.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Field } from '../../components/field.js';
import { isApiError } from '../../lib/api-error.js';
import type { ShownError } from '../../lib/describe-error.js';
import { checkNewUser, newUserFieldOf, type NewUserField, type NewUserFieldErrors } from './check-new-user.js';

type AddUserFormProps = {
  /** Creates the account; throws ApiError when the server refuses it. */
  onAdd: (request: CreateUserRequest) => Promise<AdminUser>;
};

const FIELD_IDS: Record<NewUserField, string> = { email: 'new-user-email', password: 'new-user-password' };

/** A new account: email, first password (MIN_PASSWORD_CHARS or more), administrator or not. */
export function AddUserForm({ onAdd }: AddUserFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [admin, setAdmin] = useState(false);
  const [errors, setErrors] = useState<NewUserFieldErrors>({});
  const [formError, setFormError] = useState<ShownError | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const refs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    setAdded(null);
    setFormError(null);
    const checked = checkNewUser({ email, password, admin });
    if (!checked.ok) {
      setErrors(checked.errors);
      refs[checked.first].current?.focus();
      return;
    }
    setErrors({});
    setSending(true);
    try {
      const user = await onAdd(checked.request);
      setEmail('');
      setPassword('');
      setAdmin(false);
      setAdded(
        `Added ${user.email}${user.admin ? ' (administrator)' : ''}. Give them the password by a private channel.`,
      );
      refs.email.current?.focus();
    } catch (caught) {
      const body: ShownError = isApiError(caught)
        ? caught.toBody()
        : { code: 'internal', message: 'The account could not be added. Try again.' };
      const field = newUserFieldOf(body.field);
      if (body.code === 'invalid_input' && field !== null) {
        setErrors({ [field]: body.message });
        refs[field].current?.focus();
      } else {
        setFormError({ ...body, title: 'The account was not added' });
      }
    }
    setSending(false);
  }

  return (
    <form className="add-user-form" onSubmit={(event) => void submit(event)} noValidate>
      <div aria-live="polite">{added ? <p className="notice">{added}</p> : null}</div>
      {formError ? <ErrorBanner error={formError} focusOnShow /> : null}
      <div className="add-user-fields">
        <Field id={FIELD_IDS.email} label="Email" error={errors.email}>
          {(describedBy) => (
            <input
              ref={refs.email}
              id={FIELD_IDS.email}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field
          id={FIELD_IDS.password}
          label="Password"
          hint={`At least ${MIN_PASSWORD_CHARS} characters.`}
          error={errors.password}
        >
          {(describedBy) => (
            <input
              ref={refs.password}
              id={FIELD_IDS.password}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
      </div>
      <div className="checkbox-field">
        <input
          id="new-user-admin"
          type="checkbox"
          checked={admin}
          onChange={(event) => setAdmin(event.target.checked)}
        />
        <label htmlFor="new-user-admin">Administrator (can add, disable and enable accounts)</label>
      </div>
      <button type="submit" className="button button-primary" aria-disabled={sending || undefined}>
        {sending ? 'Adding…' : 'Add user'}
      </button>
    </form>
  );
}
