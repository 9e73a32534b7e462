import { expect, it } from 'vitest';
import { runPool } from './run-pool.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

it('keeps the order of the items and runs no more than the concurrency at once', async () => {
  let running = 0;
  let most = 0;
  const results = await runPool(
    [5, 1, 4, 2, 3],
    2,
    async (item) => {
      running += 1;
      most = Math.max(most, running);
      for (let wait = 0; wait < item; wait += 1) await tick();
      running -= 1;
      return item * 10;
    },
    { skipped: () => -1 },
  );
  expect(results).toEqual([50, 10, 40, 20, 30]);
  expect(most).toBe(2);
});

it('skips the items not started once shouldStart says no', async () => {
  let stop = false;
  const results = await runPool(
    ['a', 'b', 'c', 'd'],
    1,
    async (item) => {
      if (item === 'b') stop = true;
      return item.toUpperCase();
    },
    { shouldStart: () => !stop, skipped: (item) => `skipped ${item}` },
  );
  expect(results).toEqual(['A', 'B', 'skipped c', 'skipped d']);
});

it('returns nothing for no items', async () => {
  expect(await runPool([], 3, async () => 1, { skipped: () => 0 })).toEqual([]);
});
