/**
 * Runs `work` on every item with at most `concurrency` at once and returns the results in the
 * items' order. `work` must not throw (a row records its error); `shouldStart` is asked before
 * each item is started, and an item it refuses gets `skipped(item)` instead.
 */
export async function runPool<Item, Result>(
  items: readonly Item[],
  concurrency: number,
  work: (item: Item, index: number) => Promise<Result>,
  options: { shouldStart?: () => boolean; skipped: (item: Item, index: number) => Result },
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index]!;
      results[index] = options.shouldStart?.() === false ? options.skipped(item, index) : await work(item, index);
    }
  }
  const workers = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
