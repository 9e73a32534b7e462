import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../../components/field.js';
import { isApiError } from '../../lib/api-error.js';
import { postPassword } from './api/post-password.js';
import {
  checkPasswordForm,
  isPasswordField,
  type PasswordField,
  type PasswordFieldErrors,
} from './check-password-form.js';

export type ChangePasswordFormProps = {
  /** Closes the form (Cancel, or Close after the change). */
  onClose: () => void;
};

const FIELD_IDS: Record<PasswordField, string> = {
  currentPassword: 'password-current',
  newPassword: 'password-new',
};

/** Team mode: the signed-in person changes their password (their other sign-ins end). */
export function ChangePasswordForm({ onClose }: ChangePasswordFormProps) {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<PasswordFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [changed, setChanged] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const refFor = (field: PasswordField) => (field === 'currentPassword' ? currentRef : newRef);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => currentRef.current?.focus(), []);
  useEffect(() => {
    if (changed) doneRef.current?.focus();
  }, [changed]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    const checked = checkPasswordForm(values);
    setFormError(null);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      refFor(checked.first).current?.focus();
      return;
    }
    setSending(true);
    setFieldErrors({});
    try {
      await postPassword(checked.request);
      setChanged(true);
    } catch (caught) {
      if (isApiError(caught) && isPasswordField(caught.field)) {
        setFieldErrors({ [caught.field]: caught.message });
        refFor(caught.field).current?.focus();
      } else {
        setFormError(
          `The password was not changed: ${isApiError(caught) ? caught.message : 'the app server sent an unexpected reply. Try again.'}`,
        );
      }
    }
    setSending(false);
  }

  if (changed) {
    return (
      <div className="password-panel" role="status">
        <p ref={doneRef} tabIndex={-1}>
          Password changed. You stay signed in here; your other sign-ins (other browsers and devices) have ended.
        </p>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }

  const input = (field: PasswordField, label: string, autoComplete: string, hint?: string) => (
    <Field id={FIELD_IDS[field]} label={label} hint={hint} error={fieldErrors[field]}>
      {(describedBy) => (
        <input
          ref={refFor(field)}
          id={FIELD_IDS[field]}
          type="password"
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
          aria-invalid={fieldErrors[field] ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );

  return (
    <form className="password-panel" onSubmit={(event) => void submit(event)} noValidate aria-label="Change password">
      {input('currentPassword', 'Current password', 'current-password')}
      {input('newPassword', 'New password', 'new-password', 'At least 12 characters. Your other sign-ins will end.')}
      {formError ? (
        <p className="field-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="password-actions">
        <button type="submit" className="button button-primary button-small" aria-disabled={sending || undefined}>
          {sending ? 'Changing…' : 'Change password'}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
