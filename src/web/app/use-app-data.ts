import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiErrorBody } from '../../core/errors.js';
import type { ModelList } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import type { SignedInAnswer } from '../../core/schemas/sign-in.js';
import type { SignInReason } from '../features/account/sign-in-panel.js';
import { fetchConfig, fetchModels } from '../lib/api-client.js';
import { isApiError } from '../lib/api-error.js';
import { onSignInNeeded } from '../lib/sign-in-needed.js';
import { forgetSessionCost } from './use-session-cost.js';

export type AppData =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiErrorBody }
  /** The server needs its access token and this browser has not given it yet. */
  | { state: 'locked'; config: PublicConfig }
  /** Team mode: nobody is signed in in this browser (any more). */
  | { state: 'signed-out'; config: PublicConfig; reason: SignInReason }
  /** `account`: who is signed in (team mode); null in single-user mode. */
  | { state: 'ready'; config: PublicConfig; models: ModelList; account: SignedInAnswer | null };

/** The sign-in screen, with nothing kept of the account that was signed in (its spending figures). */
function signedOut(config: PublicConfig, reason: SignInReason): AppData {
  return { state: 'signed-out', config: { ...config, budgets: null }, reason };
}

// Team mode's calls, loaded when first made, so that single-user mode's first screen goes without
// them and the account schemas they parse with.
const fetchSignedInUser = () =>
  import('../features/account/api/fetch-signed-in-user.js').then((module) => module.fetchSignedInUser());
const postLogout = () => import('../features/account/api/post-logout.js').then((module) => module.postLogout());

function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.code === 'unauthenticated';
}

async function load(): Promise<AppData> {
  const config = await fetchConfig();
  if (config.access.tokenRequired && !config.access.granted) return { state: 'locked', config };
  if (config.mode === 'local') return { state: 'ready', config, models: await fetchModels(), account: null };
  // Team mode: /api/config already says whether this request was signed in; /api/auth/me says as whom.
  if (!config.access.granted) return signedOut(config, 'not-signed-in');
  try {
    const [account, models] = await Promise.all([fetchSignedInUser(), fetchModels()]);
    return { state: 'ready', config, models, account };
  } catch (error) {
    if (isUnauthenticated(error)) return signedOut(config, 'expired');
    throw error;
  }
}

/**
 * Loads the public configuration, then (once this browser may use the API) the model list and,
 * in team mode, who is signed in. `reload` loads again, e.g. after the access token was accepted or
 * a sign-in. `signOut` ends the sign-in on the server, then shows the sign-in screen: the page
 * that held the user's history, results and practice is unmounted, and the tab's cost forgotten.
 * A 401 `unauthenticated` from any API call while signed in (the sign-in expired or was ended
 * elsewhere) does the same without the request.
 */
export function useAppData(): { data: AppData; reload: () => void; signOut: () => Promise<void> } {
  const [data, setData] = useState<AppData>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    load().then(
      (loaded) => active && setData(loaded),
      (error: unknown) =>
        active &&
        setData({
          state: 'failed',
          error: isApiError(error)
            ? error.toBody()
            : { code: 'internal', message: 'The app server sent an unexpected reply. Reload the page.' },
        }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  // While signing out, requests already on their way may be refused: that is no expiry to report.
  const signingOut = useRef(false);
  const signedIn = data.state === 'ready' && data.account !== null;
  useEffect(() => {
    if (!signedIn) return;
    return onSignInNeeded(() => {
      if (signingOut.current) return;
      forgetSessionCost();
      setData((current) => (current.state === 'ready' ? signedOut(current.config, 'expired') : current));
    });
  }, [signedIn]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const signOut = useCallback(async () => {
    signingOut.current = true;
    try {
      await postLogout();
    } finally {
      signingOut.current = false;
    }
    forgetSessionCost();
    setData((current) => (current.state === 'ready' ? signedOut(current.config, 'signed-out') : current));
  }, []);
  return { data, reload, signOut };
}
