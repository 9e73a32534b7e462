import { useCallback, useEffect, useState } from 'react';

/** A stopwatch in whole seconds: start() on the first keystroke or word, reset() for the next answer. */
export function useElapsedTime(): { seconds: number; running: boolean; start(): void; stop(): number; reset(): void } {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [stoppedSeconds, setStoppedSeconds] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const running = startedAt !== null && stoppedSeconds === null;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);

  const start = useCallback(() => {
    setStartedAt((current) => current ?? Date.now());
    setStoppedSeconds(null);
    setNow(Date.now());
  }, []);
  const elapsed = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  const stop = useCallback(() => {
    const seconds = startedAt === null ? 0 : Math.floor((Date.now() - startedAt) / 1000);
    setStoppedSeconds(seconds);
    return seconds;
  }, [startedAt]);
  const reset = useCallback(() => {
    setStartedAt(null);
    setStoppedSeconds(null);
  }, []);
  return { seconds: stoppedSeconds ?? elapsed, running, start, stop, reset };
}

/** 83 -> "01:23" */
export function formatClock(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
