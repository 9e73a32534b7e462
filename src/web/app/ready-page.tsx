import { useState } from 'react';
import type { ModelList } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import type { SignedInAnswer } from '../../core/schemas/sign-in.js';
import { LazyPart } from '../components/lazy-part.js';
import { LazyAccountBar, LazyAdminPage } from './lazy-team-parts.js';
import { PageSwitch, type PageView } from './page-switch.js';
import { SiteHeader } from './site-header.js';
import { Workspace } from './workspace.js';

type ReadyPageProps = {
  config: PublicConfig;
  models: ModelList;
  /** Team mode: who is signed in; null in single-user mode. */
  account: SignedInAnswer | null;
  onSignOut: () => Promise<void>;
};

/**
 * The app once it may use the API: the header (with the account bar in team mode) and the
 * workspace; for an administrator, the Users page in its place. The workspace stays mounted, hidden,
 * while the Users page shows, so that the results and the form are still there on the way back.
 */
export function ReadyPage({ config, models, account, onSignOut }: ReadyPageProps) {
  const [view, setView] = useState<PageView>('questions');
  const shown: PageView = account?.admin ? view : 'questions';
  return (
    <>
      {shown === 'questions' ? (
        <nav className="skip-links" aria-label="Skip links">
          <a href="#settings-title">Skip to the form</a>
          <a href="#results">Skip to the results</a>
        </nav>
      ) : null}
      <SiteHeader>
        {account ? (
          <LazyPart loadingLabel="Loading…" failedTitle="The account menu could not be loaded">
            <LazyAccountBar account={account} onSignOut={onSignOut}>
              {account.admin ? <PageSwitch view={shown} onChange={setView} /> : null}
            </LazyAccountBar>
          </LazyPart>
        ) : null}
      </SiteHeader>
      {account && shown === 'users' ? (
        <LazyPart
          loadingLabel="Loading the users…"
          failedTitle="The Users page could not be loaded"
          close={{ label: 'Back to the questions', onClose: () => setView('questions') }}
        >
          <LazyAdminPage account={account} caps={config.budgets} />
        </LazyPart>
      ) : null}
      <div hidden={shown === 'users'}>
        <Workspace config={config} models={models} />
      </div>
    </>
  );
}
