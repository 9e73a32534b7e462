import type { ApiErrorBody } from '../../core/errors.js';
import { describeError } from '../lib/describe-error.js';

type ErrorBannerProps = { error: ApiErrorBody; title?: string; onDismiss?: () => void };

/** An API error as a heading, the server's human message and when to retry. Never a stack trace. */
export function ErrorBanner({ error, title, onDismiss }: ErrorBannerProps) {
  const description = describeError(error);
  const tone = error.code === 'cancelled' || error.code === 'output_truncated' ? 'notice' : 'error';
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-error-code={error.code}>
      <div>
        <p className="banner-title">{title ?? description.title}</p>
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
