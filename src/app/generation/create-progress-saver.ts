/** How often, at most, the progress of running generations is written. */
export const PROGRESS_SAVE_INTERVAL_MS = 500;

export type ProgressSaverOptions<Item> = {
  /**
   * Writes the newest state of every stream that changed since the last write, all at once. Its
   * promise resolves when they are on disk; a rejection is given to `onError` (the next change
   * writes again).
   */
  write: (items: Item[]) => Promise<void>;
  onError: (error: unknown) => void;
  /** At least this long between the starts of two writes (PROGRESS_SAVE_INTERVAL_MS). */
  intervalMs?: number;
};

/**
 * Saves the progress of running streams, coalesced: marking a stream changed costs a map write
 * and never waits; one timer writes every changed stream together (one write, each stream once),
 * writes starting at least `intervalMs` apart, reading each stream's newest state only then. A
 * write is never stacked on one in flight: the next waits for it and then takes the newest state.
 * So a change is on disk at most `intervalMs` plus the time of a write after it was marked.
 */
export type ProgressSaver<Item> = {
  /** Marks a stream changed; `snapshot` is called when the write happens, for its state then. */
  markChanged(key: string, snapshot: () => Item): void;
  /**
   * Stops saving a stream and resolves once no write holding it is in flight, so that a save the
   * caller makes afterwards (the final one) is the last to land.
   */
  release(key: string): Promise<void>;
  /** Writes what is still marked (waiting for a write in flight first), then saves nothing more. */
  close(): Promise<void>;
};

/** A ProgressSaver (see its type); the timer does not keep the process alive. */
export function createProgressSaver<Item>(options: ProgressSaverOptions<Item>): ProgressSaver<Item> {
  const intervalMs = options.intervalMs ?? PROGRESS_SAVE_INTERVAL_MS;
  const changed = new Map<string, () => Item>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: { keys: Set<string>; done: Promise<void> } | null = null;
  let lastWriteAt = -Infinity;
  let closed = false;

  function schedule(): void {
    if (closed || timer !== null || inFlight !== null || changed.size === 0) return;
    timer = setTimeout(() => void writeChanged(), Math.max(0, lastWriteAt + intervalMs - Date.now()));
    timer.unref?.();
  }

  function writeChanged(): Promise<void> {
    timer = null;
    lastWriteAt = Date.now();
    const keys = new Set(changed.keys());
    const items: Item[] = [];
    for (const snapshot of changed.values()) {
      try {
        items.push(snapshot());
      } catch (error) {
        options.onError(error);
      }
    }
    changed.clear();
    const done = Promise.resolve()
      .then(() => (items.length > 0 ? options.write(items) : undefined))
      .catch(options.onError)
      .finally(() => {
        inFlight = null;
        schedule();
      });
    inFlight = { keys, done };
    return done;
  }

  return {
    markChanged(key, snapshot) {
      if (closed) return;
      changed.set(key, snapshot);
      schedule();
    },

    async release(key) {
      changed.delete(key);
      if (inFlight?.keys.has(key)) await inFlight.done;
    },

    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      while (inFlight) await inFlight.done;
      if (changed.size > 0) await writeChanged();
    },
  };
}
