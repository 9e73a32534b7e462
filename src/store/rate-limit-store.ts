/** What one attempt against a rate limit decided. */
export type RateLimitResult = {
  allowed: boolean;
  /** Hits inside the window, this one included when it was allowed. */
  count: number;
  remaining: number;
  /** Epoch ms when the oldest hit in the window expires and a slot frees (`now` when no hit is recorded). */
  resetAt: number;
};

export type RateLimitHitOptions = {
  windowMs: number;
  /** Hits allowed per window; at least 1. */
  limit: number;
  /** Epoch ms; Date.now() when absent. */
  now?: number;
};

/**
 * A sliding-window counter kept in the database, so a restart does not reset it. Like
 * SessionStore, it returns promises so that another engine can implement it.
 */
export interface RateLimitStore {
  /** Counts an attempt for `key`; records it only when allowed. */
  hit(key: string, options: RateLimitHitOptions): Promise<RateLimitResult>;
  /** Forgets the hits of one key, or of every key. */
  reset(key?: string): Promise<void>;
}
