import type { PracticeViewProps } from '../features/practice/practice-view.js';
import { createChunkLoader } from '../lib/create-chunk-loader.js';
import { useChunk } from '../lib/use-chunk.js';

// Practice (answering, feedback, speech, charts, its CSS) is its own chunk, loaded on first use.
const practiceViewChunk = createChunkLoader(() =>
  import('../features/practice/practice-view.js').then((module) => module.default),
);

/** Starts loading the practice view: on a "Practice" button's hover or focus. */
export const preloadPracticeView = practiceViewChunk.preload;

/** The practice view, loaded on first use: render it inside a LazyPart. */
export function LazyPracticeView(props: PracticeViewProps) {
  const PracticeView = useChunk(practiceViewChunk);
  return <PracticeView {...props} />;
}
