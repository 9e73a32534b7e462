import { AppError } from '../core/errors.js';

export type ReadNextChunkOptions = {
  /** Longest silence allowed before the read fails with upstream_timeout. */
  idleMs: number;
  /** Aborting fails the read at once with cancelled. */
  signal: AbortSignal;
};

/**
 * The next item of a stream, or AppError('upstream_timeout') when nothing arrives within `idleMs`,
 * or AppError('cancelled') as soon as `signal` aborts. The caller aborts the upstream request.
 */
export function readNextChunk<T>(
  iterator: AsyncIterator<T>,
  options: ReadNextChunkOptions,
): Promise<IteratorResult<T>> {
  if (options.signal.aborted) return Promise.reject(new AppError('cancelled'));
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      cleanup();
      reject(new AppError('cancelled'));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new AppError('upstream_timeout'));
    }, options.idleMs);
    options.signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (result) => {
        cleanup();
        resolve(result);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}
