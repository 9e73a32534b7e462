import { useEffect, useRef, useState } from 'react';
import type { AdminUser } from '../../../core/schemas/admin-users.js';
import type { SignedInAnswer } from '../../../core/schemas/sign-in.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { isApiError } from '../../lib/api-error.js';
import type { ShownError } from '../../lib/describe-error.js';
import { AddUserForm } from './add-user-form.js';
import { useAdminUsers } from './use-admin-users.js';
import { describeOrganisationBudget, type BudgetCaps } from './user-figures.js';
import { UserTable } from './user-table.js';
import './admin.css';

export type AdminPageProps = {
  account: SignedInAnswer;
  /** The per-user caps from /api/config; null when the server sets none. */
  caps: BudgetCaps | null;
};

function capsNote(caps: BudgetCaps | null): string {
  if (caps === null || (caps.perDayUsd === null && caps.perMonthUsd === null))
    return 'No spending budget is set on this server (BUDGET_USD_PER_DAY, BUDGET_USD_PER_MONTH).';
  return 'What is left is each account’s budget (the same for every account) minus what it spent; a generation still running counts at its estimate until it ends.';
}

/** Team mode, administrators only: the accounts, their spending, a switch each, and a form to add one. */
export function AdminPage({ account, caps }: AdminPageProps) {
  const { users, organisation, loadError, refresh, add, setDisabled } = useAdminUsers();
  // Read with the list, so the two agree and Refresh updates both.
  const organisationNote = describeOrganisationBudget(organisation);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [toggleError, setToggleError] = useState<ShownError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function toggle(user: AdminUser) {
    if (pending.has(user.id)) return;
    setToggleError(null);
    setPending((current) => new Set(current).add(user.id));
    try {
      await setDisabled(user.id, !user.disabled);
    } catch (caught) {
      const verb = user.disabled ? 'enabled' : 'disabled';
      setToggleError({
        ...(isApiError(caught)
          ? caught.toBody()
          : { code: 'internal', message: 'The server sent an unexpected reply. Try again.' }),
        title: `${user.email} was not ${verb}`,
      });
    }
    setPending((current) => {
      const next = new Set(current);
      next.delete(user.id);
      return next;
    });
  }

  return (
    <main className="admin-page" aria-labelledby="admin-title">
      <section className="panel">
        <div className="admin-header">
          <h2 id="admin-title" className="panel-title" ref={headingRef} tabIndex={-1}>
            Users
          </h2>
          <button type="button" className="button button-small" onClick={() => void refresh()}>
            Refresh
          </button>
        </div>
        <p className="muted small">
          Spending in US dollars, today and this month in UTC. {capsNote(caps)} Disabling an account signs it out at
          once; its history is kept.
        </p>
        {organisationNote ? <p className="organisation-budget">{organisationNote}</p> : null}
        {loadError ? <ErrorBanner error={loadError} title="The list of users could not be read" /> : null}
        {toggleError ? <ErrorBanner error={toggleError} onDismiss={() => setToggleError(null)} /> : null}
        {users === null ? (
          loadError ? null : (
            <p className="muted" aria-busy="true">
              Loading…
            </p>
          )
        ) : (
          <UserTable users={users} ownEmail={account.email} caps={caps} pending={pending} onToggle={toggle} />
        )}
      </section>
      <section className="panel" aria-labelledby="add-user-title">
        <h2 id="add-user-title" className="panel-title">
          Add a user
        </h2>
        <AddUserForm onAdd={add} />
      </section>
    </main>
  );
}
