import { createChunkLoader } from '../../lib/create-chunk-loader.js';
import { useChunk } from '../../lib/use-chunk.js';
import type { ResultViewProps } from './result-view.js';

// The result view (cards, plan, usage, prompt inspector, export) is its own chunk: the first
// screen shows none of it.
const resultViewChunk = createChunkLoader(() => import('./result-view.js').then((module) => module.ResultView));

/** Starts loading the result view: on Generate's hover or focus, on a history entry's, on submit. */
export const preloadResultView = resultViewChunk.preload;

/** Loads the result view; resolves once it can be drawn (rejects when it cannot be loaded). */
export const loadResultView = resultViewChunk.load;

/** ResultView, loaded on first use: render it inside a LazyPart (Suspense and the load error). */
export function LazyResultView(props: ResultViewProps) {
  const ResultView = useChunk(resultViewChunk);
  return <ResultView {...props} />;
}
