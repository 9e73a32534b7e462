import os from 'node:os';

/** How much lower than normal a worker thread runs (0 normal, 19 lowest). */
const WORKER_NICE_VALUE = 10;

/**
 * For a worker thread doing background work: on a busy machine the server's own thread (requests,
 * streams) goes first. On Linux the nice value is per thread, so this lowers only the calling
 * thread; elsewhere it may not apply.
 */
export function lowerThreadPriority(): void {
  try {
    os.setPriority(WORKER_NICE_VALUE);
  } catch {
    // Not allowed here: run at normal priority.
  }
}
