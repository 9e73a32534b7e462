import { preloadAdminPage } from './lazy-team-parts.js';

/** The pages a signed-in administrator switches between. */
export type PageView = 'questions' | 'users';

type PageSwitchProps = { view: PageView; onChange: (view: PageView) => void };

/** Team mode, administrators only: the questions, or the Users page. */
export function PageSwitch({ view, onChange }: PageSwitchProps) {
  const current = (page: PageView) => (view === page ? 'page' : undefined);
  return (
    <nav className="page-switch" aria-label="Pages">
      <button
        type="button"
        className="button button-small"
        aria-current={current('questions')}
        onClick={() => onChange('questions')}
      >
        Questions
      </button>
      <button
        type="button"
        className="button button-small"
        aria-current={current('users')}
        onPointerEnter={preloadAdminPage}
        onFocus={preloadAdminPage}
        onClick={() => onChange('users')}
      >
        Users
      </button>
    </nav>
  );
}
