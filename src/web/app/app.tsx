import { ErrorBanner } from '../components/error-banner.js';
import { LazyPart } from '../components/lazy-part.js';
import { LazyAccessTokenPanel } from './lazy-panels.js';
import { LazySignInPanel } from './lazy-team-parts.js';
import { ReadyPage } from './ready-page.js';
import { SiteHeader } from './site-header.js';
import { useAppData } from './use-app-data.js';

/**
 * Loads the configuration, asks for the access token or (team mode) a sign-in when the server
 * needs one, then shows the workspace.
 */
export function App() {
  const { data, reload, signOut } = useAppData();
  return (
    <div className="page">
      {data.state === 'ready' ? (
        <ReadyPage config={data.config} models={data.models} account={data.account} onSignOut={signOut} />
      ) : (
        <>
          <SiteHeader />
          {data.state === 'loading' ? (
            <main className="loading" aria-busy="true">
              <p className="muted">Loading…</p>
            </main>
          ) : data.state === 'failed' ? (
            <main>
              <ErrorBanner error={data.error} />
            </main>
          ) : data.state === 'locked' ? (
            <main>
              <LazyPart loadingLabel="Loading…" failedTitle="The sign-in form could not be loaded">
                <LazyAccessTokenPanel onAccepted={reload} />
              </LazyPart>
            </main>
          ) : (
            <main>
              <LazyPart loadingLabel="Loading…" failedTitle="The sign-in form could not be loaded">
                <LazySignInPanel reason={data.reason} onSignedIn={reload} />
              </LazyPart>
            </main>
          )}
        </>
      )}
    </div>
  );
}
