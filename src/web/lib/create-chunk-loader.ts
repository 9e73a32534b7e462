/**
 * A part of the app built into its own chunk, loaded on first use. It is imported once, however
 * many callers ask. A failed import stays failed for rendering (`read`), so that React shows the
 * error instead of trying again in a loop; a sign of intent (`load`, `preload`) or "Try again"
 * (`retryFailedChunks`) imports it again.
 */
export type ChunkLoader<Value> = {
  /** The loaded value, or null until it has loaded. */
  current(): Value | null;
  /** For rendering: the import in flight or settled, started when there is none. */
  read(): Promise<Value>;
  /** For a user's action: like `read`, but imports again after a failure. */
  load(): Promise<Value>;
  /** `load` on a sign of intent (hover, focus); a failure is left for `read` to report. */
  preload(): void;
};

/** Loaders whose last import failed, for "Try again". */
const failedLoads = new Set<() => void>();

/** Imports again every chunk whose import failed (the "Try again" of a part that did not load). */
export function retryFailedChunks(): void {
  for (const retry of [...failedLoads]) retry();
}

/** Wraps a dynamic import (`() => import('./x.js').then(...)`) so that it runs once, on demand. */
export function createChunkLoader<Value>(importChunk: () => Promise<Value>): ChunkLoader<Value> {
  let loaded: { value: Value } | null = null;
  let attempt: Promise<Value> | null = null;
  let failed = false;
  const retry = () => void start().catch(() => undefined);
  function start(): Promise<Value> {
    failed = false;
    failedLoads.delete(retry);
    attempt = importChunk().then(
      (value) => {
        loaded = { value };
        return value;
      },
      (error: unknown) => {
        failed = true;
        failedLoads.add(retry);
        throw error;
      },
    );
    return attempt;
  }
  const load = () => (attempt && !failed ? attempt : start());
  return {
    current: () => (loaded ? loaded.value : null),
    read: () => attempt ?? start(),
    load,
    preload: () => void load().catch(() => undefined),
  };
}
