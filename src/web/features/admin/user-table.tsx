import type { AdminUser } from '../../../core/schemas/admin-users.js';
import { formatMicroUsd, remainingBudgetsOf, type BudgetCaps } from './user-figures.js';

type UserTableProps = {
  users: readonly AdminUser[];
  /** The signed-in admin's email, marked "(you)". */
  ownEmail: string;
  /** The per-user caps; what is left of each shows only when it is set. */
  caps: BudgetCaps | null;
  /** Ids whose switch waits for the server's answer. */
  pending: ReadonlySet<string>;
  onToggle: (user: AdminUser) => void;
};

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function formatLeft(microUsd: number | null): string {
  return microUsd === null ? '–' : formatMicroUsd(microUsd);
}

/** Every account with its role, state, age and spending; a switch per account to let it sign in or not. */
export function UserTable({ users, ownEmail, caps, pending, onToggle }: UserTableProps) {
  // A column per budget the server sets (BUDGET_USD_PER_DAY, BUDGET_USD_PER_MONTH).
  const showToday = caps !== null && caps.perDayUsd !== null;
  const showMonth = caps !== null && caps.perMonthUsd !== null;
  return (
    <div className="admin-table-frame">
      <table className="admin-table">
        <caption className="visually-hidden">Accounts of this server</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Created</th>
            <th scope="col" className="number">
              Spent today
            </th>
            <th scope="col" className="number">
              Spent this month
            </th>
            {showToday ? (
              <th scope="col" className="number">
                Left today
              </th>
            ) : null}
            {showMonth ? (
              <th scope="col" className="number">
                Left this month
              </th>
            ) : null}
            <th scope="col">Can sign in</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const remaining = remainingBudgetsOf(user, caps);
            const own = user.email.toLowerCase() === ownEmail.toLowerCase();
            return (
              <tr key={user.id} data-testid="admin-user-row" data-disabled={user.disabled || undefined}>
                <th scope="row" className="admin-email">
                  {user.email}
                  {own ? <span className="muted"> (you)</span> : null}
                </th>
                <td>{user.admin ? 'Administrator' : 'Member'}</td>
                <td>
                  <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
                </td>
                <td className="number">{formatMicroUsd(user.spentTodayMicroUsd)}</td>
                <td className="number">{formatMicroUsd(user.spentThisMonthMicroUsd)}</td>
                {showToday ? <td className="number">{formatLeft(remaining.todayMicroUsd)}</td> : null}
                {showMonth ? <td className="number">{formatLeft(remaining.thisMonthMicroUsd)}</td> : null}
                <td>
                  <button
                    type="button"
                    role="switch"
                    className="switch"
                    aria-checked={!user.disabled}
                    aria-label={`${user.email} can sign in`}
                    aria-disabled={pending.has(user.id) || undefined}
                    onClick={() => onToggle(user)}
                  >
                    <span className="switch-track" aria-hidden="true">
                      <span className="switch-thumb" />
                    </span>
                    <span className="switch-text" aria-hidden="true">
                      {user.disabled ? 'Disabled' : 'Active'}
                    </span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
