import { Component, type ReactNode } from 'react';

type LoadErrorBoundaryProps = { children: ReactNode; onClose: () => void };

/**
 * Catches a part of the page that failed to load or render (a lazily loaded view after the app was
 * rebuilt, a network drop), and says so with a way back, instead of leaving a blank column.
 */
export class LoadErrorBoundary extends Component<LoadErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="banner banner-error" role="alert">
        <div>
          <h3 className="banner-title">Practice could not be opened</h3>
          <p className="banner-message">
            This part of the page did not load. Reload the page (the app may have been updated), then try again.
          </p>
          <button type="button" onClick={this.props.onClose}>
            Back to the questions
          </button>
        </div>
      </div>
    );
  }
}
