/** Called when the server says this browser is no longer signed in. */
export type SignInNeededListener = () => void;

const listeners = new Set<SignInNeededListener>();

/**
 * Calls `listener` whenever an API call answers 401 `unauthenticated` (team mode: the sign-in
 * expired, was ended on another tab, or the account was disabled). Returns the unsubscribe.
 */
export function onSignInNeeded(listener: SignInNeededListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listener that the server wants a sign-in (`apiFetch` calls it on 401 `unauthenticated`). */
export function reportSignInNeeded(): void {
  for (const listener of [...listeners]) listener();
}
