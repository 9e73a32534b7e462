import { useState, type ReactNode } from 'react';
import type { SignedInAnswer } from '../../../core/schemas/sign-in.js';
import { isApiError } from '../../lib/api-error.js';
import { ChangePasswordForm } from './change-password-form.js';
import './account.css';

export type AccountBarProps = {
  account: SignedInAnswer;
  /** Signs out on the server, then leaves the page (throws ApiError when the server could not do it). */
  onSignOut: () => Promise<void>;
  /** What else the header offers the signed-in user (the admin's page switch). */
  children?: ReactNode;
};

/** Team mode, in the header: who is signed in, "Password" (to change it) and "Sign out". */
export function AccountBar({ account, onSignOut, children }: AccountBarProps) {
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);

  async function signOut() {
    if (signingOut) return;
    setSigningOut(true);
    setError(null);
    try {
      // Once signed out, the page leaves: this bar is gone.
      await onSignOut();
    } catch (caught) {
      // Still signed in on the server: say so, and stay.
      setError(
        `Not signed out: ${isApiError(caught) ? caught.message : 'the app server sent an unexpected reply.'} Try again.`,
      );
      setSigningOut(false);
    }
  }

  return (
    <div className="account-bar">
      {children}
      <p className="account-email" data-testid="signed-in-email">
        <span className="visually-hidden">Signed in as </span>
        {account.email}
        {account.admin ? <span className="chip account-role">admin</span> : null}
      </p>
      <button
        type="button"
        className="button button-small"
        aria-expanded={changingPassword}
        onClick={() => setChangingPassword((open) => !open)}
      >
        Password
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => void signOut()}
        aria-disabled={signingOut || undefined}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
      {error ? (
        <p className="field-error account-error" role="alert">
          {error}
        </p>
      ) : null}
      {changingPassword ? <ChangePasswordForm onClose={() => setChangingPassword(false)} /> : null}
    </div>
  );
}
