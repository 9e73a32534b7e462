import { Suspense, type ReactNode } from 'react';
import { LoadErrorBoundary } from './load-error-boundary.js';

type LazyPartProps = {
  children: ReactNode;
  /** Shown while the chunk loads, e.g. "Loading the result…". */
  loadingLabel: string;
  /** The error's heading when the chunk cannot be loaded. */
  failedTitle: string;
  close?: { label: string; onClose: () => void } | undefined;
};

/**
 * A part of the page whose code is loaded on first use (`useChunk`): a short busy note while its
 * chunk arrives, an error with "Try again" when it cannot be loaded.
 */
export function LazyPart({ children, loadingLabel, failedTitle, close }: LazyPartProps) {
  return (
    <LoadErrorBoundary title={failedTitle} close={close}>
      <Suspense
        fallback={
          <div className="lazy-loading" aria-busy="true">
            <p className="muted">{loadingLabel}</p>
          </div>
        }
      >
        {children}
      </Suspense>
    </LoadErrorBoundary>
  );
}
