import { ErrorBanner } from '../components/error-banner.js';
import { LazyPart } from '../components/lazy-part.js';
import { LazyAccessTokenPanel } from './lazy-panels.js';
import { Workspace } from './workspace.js';
import { useAppData } from './use-app-data.js';

/** Two speech bubbles: a question and its answer. Decorative, and clearly not a button. */
function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M4 6h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-9l-5 4v-4H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z" />
      <path
        className="logo-answer"
        d="M24 12h4a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-2v4l-5-4h-7a2 2 0 0 1-2-2v-2h10a2 2 0 0 0 2-2z"
      />
    </svg>
  );
}

/** Loads the configuration, asks for the access token when the server needs it, then shows the workspace. */
export function App() {
  const { data, reload } = useAppData();
  return (
    <div className="page">
      <nav className="skip-links" aria-label="Skip links">
        <a href="#settings-title">Skip to the form</a>
        <a href="#results">Skip to the results</a>
      </nav>
      <header className="site-header">
        <div className="site-title">
          <Logo />
          <div>
            <h1 className="site-name">Interview prep</h1>
            <p className="muted small">Tailored interview questions from a job description</p>
          </div>
        </div>
      </header>
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
        <Workspace config={data.config} models={data.models} />
      )}
    </div>
  );
}
