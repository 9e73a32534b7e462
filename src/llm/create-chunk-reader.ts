import { AppError } from '../core/errors.js';

export type ChunkReaderOptions = {
  /** Longest silence allowed before a read fails with upstream_timeout. */
  idleMs: number;
  /** Aborting fails a read at once with cancelled. */
  signal: AbortSignal;
};

/** Reads a stream one item at a time; close() when done with it. */
export type ChunkReader<T> = {
  /**
   * The next item, or AppError('upstream_timeout') when nothing arrives within `idleMs` of the
   * call, or AppError('cancelled') as soon as the signal aborts. The caller aborts the upstream request.
   */
  next(): Promise<IteratorResult<T>>;
  close(): void;
};

/**
 * A ChunkReader over an async iterator, with one idle timer (re-armed at each read) and one abort
 * listener for the stream's whole life: a reply has thousands of chunks, and a timer and a
 * listener made and dropped for each showed in the profile under load.
 */
export function createChunkReader<T>(iterator: AsyncIterator<T>, options: ChunkReaderOptions): ChunkReader<T> {
  let failPendingRead: ((error: AppError) => void) | null = null;
  let closed = false;
  const fail = (code: 'cancelled' | 'upstream_timeout') => {
    const reject = failPendingRead;
    failPendingRead = null;
    reject?.(new AppError(code));
  };
  const onAbort = () => fail('cancelled');
  const timer = setTimeout(() => fail('upstream_timeout'), options.idleMs);
  options.signal.addEventListener('abort', onAbort, { once: true });

  return {
    next() {
      if (closed || options.signal.aborted) return Promise.reject(new AppError('cancelled'));
      timer.refresh();
      return new Promise((resolve, reject) => {
        failPendingRead = reject;
        const settle = (outcome: () => void) => {
          if (failPendingRead !== reject) return; // timed out or cancelled already
          failPendingRead = null;
          outcome();
        };
        iterator.next().then(
          (result) => settle(() => resolve(result)),
          (error: unknown) => settle(() => reject(error)),
        );
      });
    },
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      failPendingRead = null;
      // Lets the source run its own cleanup (a generator's finally) when it is left mid-stream.
      void iterator.return?.()?.catch(() => {});
    },
  };
}
