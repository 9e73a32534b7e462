import { Component, createRef, type ReactNode } from 'react';
import { retryFailedChunks } from '../lib/create-chunk-loader.js';

type LoadErrorBoundaryProps = {
  children: ReactNode;
  /** The heading when it fails, e.g. "Practice could not be opened". */
  title: string;
  /** A way back besides "Try again", e.g. "Back to the questions". */
  close?: { label: string; onClose: () => void } | undefined;
};

/**
 * Catches a part of the page that failed to load or render (a lazily loaded chunk after the app was
 * rebuilt with new file names, a network drop) and says so, with "Try again" (which imports the
 * chunk again) and a reload, instead of leaving a blank column. The part was asked for by the
 * user, so the error is brought into view and its heading focused.
 */
export class LoadErrorBoundary extends Component<LoadErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  private bannerRef = createRef<HTMLDivElement>();
  private headingRef = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidMount() {
    if (this.state.failed) this.showError();
  }

  override componentDidUpdate(_props: LoadErrorBoundaryProps, previous: { failed: boolean }) {
    if (this.state.failed && !previous.failed) this.showError();
  }

  private showError() {
    this.bannerRef.current?.scrollIntoView({ block: 'nearest' });
    this.headingRef.current?.focus({ preventScroll: true });
  }

  /** Imports the chunks that failed again, and draws the part again (its busy note while they load). */
  private retry = () => {
    retryFailedChunks();
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    const { title, close } = this.props;
    return (
      <div className="banner banner-error" role="alert" ref={this.bannerRef}>
        <div>
          <h3 className="banner-title" ref={this.headingRef} tabIndex={-1}>
            {title}
          </h3>
          <p className="banner-message">
            This part of the page did not load: the connection may have dropped, or the app was updated on the server.
            Try again; if it still fails, reload the page.
          </p>
          <div className="banner-actions">
            <button type="button" className="button button-small" onClick={this.retry}>
              Try again
            </button>
            <button type="button" className="button button-small" onClick={() => window.location.reload()}>
              Reload the page
            </button>
            {close ? (
              <button type="button" className="button button-small button-quiet" onClick={close.onClose}>
                {close.label}
              </button>
            ) : null}
          </div>
        </div>
      </div>
    );
  }
}
