import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../../components/field.js';
import { fetchConfig } from '../../lib/api-client.js';
import { isApiError } from '../../lib/api-error.js';
import { postLogin } from './api/post-login.js';
import { checkSignInForm, type SignInFieldErrors } from './check-sign-in-form.js';
import { describeSignInError, type SignInField } from './describe-sign-in-error.js';
import './account.css';

/** Why the sign-in form shows: not signed in yet, signed out here, or the sign-in ended on the server. */
export type SignInReason = 'not-signed-in' | 'signed-out' | 'expired';

export type SignInPanelProps = {
  reason: SignInReason;
  /** Signed in, and this browser kept the cookie: load the app. */
  onSignedIn: () => void;
};

const REASON_NOTES: Record<SignInReason, string | null> = {
  'not-signed-in': null,
  'signed-out': 'You are signed out.',
  expired: 'Your sign-in has ended (it expired, or you signed out in another tab). Sign in again to go on.',
};

const FIELD_IDS: Record<SignInField, string> = { email: 'sign-in-email', password: 'sign-in-password' };

type FormError = { title: string; message: string; attempt: number };

const COOKIE_NOT_KEPT = {
  title: 'This browser did not keep the sign-in',
  message:
    'The email and password were right, but the sign-in cookie was not kept (a cookie for https is dropped over http). Open the app at the address it is published at (its PUBLIC_URL).',
};

/** Team mode: the email and password form shown until this browser is signed in. */
export function SignInPanel({ reason, onSignedIn }: SignInPanelProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [sending, setSending] = useState(false);
  const attempts = useRef(0);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorHeadingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => emailRef.current?.focus(), []);
  useEffect(() => {
    if (formError) errorHeadingRef.current?.focus();
  }, [formError]);

  const focusField = (field: SignInField) => (field === 'email' ? emailRef : passwordRef).current?.focus();
  function showFormError(error: { title: string; message: string }) {
    attempts.current += 1;
    setFormError({ ...error, attempt: attempts.current });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    const checked = checkSignInForm({ email, password });
    if (!checked.ok) {
      setFormError(null);
      setFieldErrors(checked.errors);
      focusField(checked.first);
      return;
    }
    setSending(true);
    setFieldErrors({});
    setFormError(null);
    try {
      await postLogin(checked.request);
      // The cookie is the proof: check that this browser kept it (a Secure cookie over plain http is dropped).
      if ((await fetchConfig()).access.granted) {
        onSignedIn();
        return;
      }
      showFormError(COOKIE_NOT_KEPT);
    } catch (caught) {
      const described = describeSignInError(
        isApiError(caught)
          ? caught.toBody()
          : { code: 'internal', message: 'The sign-in could not be sent. Try again.' },
      );
      if (described.kind === 'field') {
        setFieldErrors({ [described.field]: described.message });
        focusField(described.field);
      } else {
        if (isApiError(caught) && caught.code === 'invalid_credentials') setPassword('');
        showFormError(described);
      }
    }
    setSending(false);
  }

  const note = REASON_NOTES[reason];
  return (
    <section className="panel sign-in-panel" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Sign in</h2>
      {note ? (
        <p className="sign-in-note" role="status">
          {note}
        </p>
      ) : null}
      <p className="muted">Use the email and password an administrator of this server gave you.</p>
      {formError ? (
        // A new element per attempt, so that the same error twice is announced twice.
        <div key={formError.attempt} className="banner banner-error" role="alert" data-testid="sign-in-error">
          <div>
            <h3 className="banner-title" ref={errorHeadingRef} tabIndex={-1}>
              {formError.title}
            </h3>
            <p className="banner-message">{formError.message}</p>
          </div>
        </div>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id={FIELD_IDS.email} label="Email" error={fieldErrors.email}>
          {(describedBy) => (
            <input
              ref={emailRef}
              id={FIELD_IDS.email}
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={fieldErrors.email ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id={FIELD_IDS.password} label="Password" error={fieldErrors.password}>
          {(describedBy) => (
            <input
              ref={passwordRef}
              id={FIELD_IDS.password}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={fieldErrors.password ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" aria-disabled={sending || undefined}>
          {sending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
