import { use } from 'react';
import type { ChunkLoader } from './create-chunk-loader.js';

/**
 * The chunk's value; suspends (the nearest Suspense shows its fallback) until it has loaded, and
 * throws to the nearest error boundary when it cannot be.
 */
export function useChunk<Value>(chunk: ChunkLoader<Value>): Value {
  return chunk.current() ?? use(chunk.read());
}
