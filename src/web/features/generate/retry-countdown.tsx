import { useEffect, useState } from 'react';
import type { RetryNotice } from '../../components/result-view/run.js';

const REASONS: Record<RetryNotice['code'], string> = {
  upstream_rate_limited: 'The AI service is busy (rate limit).',
  upstream_unavailable: 'The AI service had a server error.',
};

/** Whole seconds left until the retry, at least 0, refreshed every second. */
function useSecondsLeft(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * "The AI service is busy (rate limit). Retrying in 20 s…" with a live countdown. Screen readers
 * hear the sentence once (the ticking number is hidden from them).
 */
export function RetryCountdown({ retry }: { retry: RetryNotice }) {
  const secondsLeft = useSecondsLeft(retry.until);
  const reason = REASONS[retry.code];
  const when = secondsLeft > 0 ? `Retrying in ${secondsLeft} s…` : 'Retrying now…';
  return (
    <span data-testid="retry-notice" data-attempt={retry.attempt}>
      <span aria-hidden="true">
        {reason} {when}
      </span>
      <span className="visually-hidden">
        {reason} Retrying in {Math.round(retry.delaySeconds)} seconds (attempt {retry.attempt}).
      </span>
    </span>
  );
}
