import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../components/field.js';
import { fetchConfig, postAccessToken } from '../lib/api-client.js';
import { isApiError } from '../lib/api-error.js';

/**
 * The server was started with APP_TOKEN and this browser has not given it: asks for it once.
 * The server answers with an HttpOnly cookie, so the page never keeps the token.
 */
export function AccessTokenPanel({ onAccepted }: { onAccepted: () => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    if (token.trim() === '') {
      setError('Enter the access token.');
      inputRef.current?.focus();
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      await postAccessToken(token.trim());
      // The cookie is the proof: check that this browser kept it (a Secure cookie over plain http is dropped).
      if ((await fetchConfig()).access.granted) {
        onAccepted();
        return;
      }
      setError(
        'The token was right, but this browser did not keep the sign-in cookie. Open the app at its PUBLIC_URL.',
      );
      setSending(false);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : 'The token could not be sent. Try again.');
      setSending(false);
      inputRef.current?.focus();
    }
  }

  return (
    <section className="panel setup-panel access-token-panel" aria-labelledby="access-token-title">
      <h2 id="access-token-title">Enter the access token</h2>
      <p>
        This server is protected by an access token (the <code>APP_TOKEN</code> it was started with). Enter it once;
        this browser then stays signed in.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="field-access-token" label="Access token" error={error}>
          {(describedBy) => (
            <input
              ref={inputRef}
              id="field-access-token"
              type="password"
              autoComplete="current-password"
              spellCheck={false}
              value={token}
              onChange={(event) => setToken(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" aria-disabled={sending || undefined}>
          {sending ? 'Checking…' : 'Continue'}
        </button>
      </form>
    </section>
  );
}
