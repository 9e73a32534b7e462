import { useEffect, useRef } from 'react';
import type { ApiErrorBody } from '../../core/errors.js';
import { describeError, type ShownError } from '../lib/describe-error.js';

type ErrorBannerProps = {
  error: ShownError;
  title?: string | undefined;
  onDismiss?: () => void;
  /** Scroll to the banner and focus its heading when it first appears (once per error). */
  focusOnShow?: boolean;
};

/** Errors already brought into view, so a re-mounted banner does not steal the focus again. */
const shownErrors = new WeakSet<ApiErrorBody>();

/** An API error as a heading, the server's human message and when to retry. Never a stack trace. */
export function ErrorBanner({ error, title, onDismiss, focusOnShow = false }: ErrorBannerProps) {
  const bannerRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const description = describeError(error);
  const tone = error.code === 'cancelled' || error.code === 'output_truncated' ? 'notice' : 'error';
  useEffect(() => {
    const heading = headingRef.current;
    if (!focusOnShow || !heading || shownErrors.has(error)) return;
    shownErrors.add(error);
    bannerRef.current?.scrollIntoView({ block: 'nearest' });
    heading.focus({ preventScroll: true });
  }, [error, focusOnShow]);
  return (
    <div
      ref={bannerRef}
      className={`banner banner-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-error-code={error.code}
    >
      <div>
        <h3 className="banner-title" ref={headingRef} tabIndex={-1}>
          {title ?? description.title}
        </h3>
        <p className="banner-message">{description.message}</p>
        {description.detail ? <p className="banner-message">{description.detail}</p> : null}
      </div>
      {onDismiss ? (
        <button type="button" className="button button-small button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
