import { ErrorBanner } from '../components/error-banner.js';
import { Workspace } from './workspace.js';
import { useAppData } from './use-app-data.js';

/** Loads the configuration, then shows the workspace. */
export function App() {
  const data = useAppData();
  return (
    <div className="page">
      <header className="site-header">
        <div className="site-title">
          <span className="logo" aria-hidden="true">
            ?
          </span>
          <div>
            <p className="site-name">Interview prep</p>
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
      ) : (
        <Workspace config={data.config} models={data.models} />
      )}
    </div>
  );
}
