import type { ReactNode } from 'react';

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

/** The page's header: the app's name, and on the right what the signed-in user may do (team mode). */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-title">
        <Logo />
        <div>
          <h1 className="site-name">Interview prep</h1>
          <p className="muted small">Tailored interview questions from a job description</p>
        </div>
      </div>
      {children}
    </header>
  );
}
