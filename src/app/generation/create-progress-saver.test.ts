import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressSaver, type ProgressSaver } from './create-progress-saver.js';

type Write = { at: number; items: string[] };

/** A saver whose writes are recorded; `hold` makes each write wait until released by the test. */
function recordingSaver(options: { hold?: boolean; fail?: (items: string[]) => boolean } = {}) {
  const writes: Write[] = [];
  const errors: unknown[] = [];
  const pending: Array<() => void> = [];
  const saver: ProgressSaver<string> = createProgressSaver<string>({
    async write(items) {
      writes.push({ at: Date.now(), items });
      if (options.hold) await new Promise<void>((resolve) => pending.push(resolve));
      if (options.fail?.(items)) throw new Error('disk full');
    },
    onError: (error) => errors.push(error),
  });
  const finishWrite = () => pending.shift()?.();
  return { saver, writes, errors, finishWrite };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createProgressSaver', () => {
  it('never writes inside markChanged, writes the first change at once and coalesces the next ones', async () => {
    const { saver, writes } = recordingSaver();
    let state = 'a:1';
    saver.markChanged('a', () => state);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ at: 0, items: ['a:1'] }]);

    for (let step = 2; step <= 5; step++) {
      await vi.advanceTimersByTimeAsync(100);
      state = `a:${step}`;
      saver.markChanged('a', () => state);
    }
    await vi.advanceTimersByTimeAsync(99);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    // One write at 500 ms, with the state as it is then.
    expect(writes).toEqual([
      { at: 0, items: ['a:1'] },
      { at: 500, items: ['a:5'] },
    ]);
  });

  it('writes each stream at most once per 500 ms, however often it changes, and all changed streams together', async () => {
    const { saver, writes } = recordingSaver();
    for (let time = 0; time < 3_000; time += 20) {
      saver.markChanged('a', () => `a@${Date.now()}`);
      if (time % 100 === 0) saver.markChanged('b', () => `b@${Date.now()}`);
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes.map((write) => write.at)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    for (const write of writes) expect(write.items).toEqual([`a@${write.at}`, `b@${write.at}`]);
  });

  it('never stacks a write on one in flight: the next waits for it, then takes the newest state', async () => {
    const { saver, writes, finishWrite } = recordingSaver({ hold: true });
    let state = 1;
    saver.markChanged('a', () => `a:${state}`);
    await vi.advanceTimersByTimeAsync(0);
    for (state = 2; state <= 12; state++) {
      saver.markChanged('a', () => `a:${state}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    // The first write is still in flight after 1.1 s: nothing else was started.
    expect(writes).toHaveLength(1);
    state = 42;
    finishWrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([
      { at: 0, items: ['a:1'] },
      { at: 1_100, items: ['a:42'] },
    ]);
    finishWrite();
  });

  it('release waits for the write in flight that holds the stream, and writes the stream no more', async () => {
    const { saver, writes, finishWrite } = recordingSaver({ hold: true });
    saver.markChanged('a', () => 'a:1');
    await vi.advanceTimersByTimeAsync(0);
    saver.markChanged('a', () => 'a:2');
    let released = false;
    const release = saver.release('a').then(() => (released = true));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(released).toBe(false);
    finishWrite();
    await release;
    // The final save the caller makes now is the last: the change marked before release is dropped.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes).toEqual([{ at: 0, items: ['a:1'] }]);
  });

  it('release does not wait for a write in flight that holds only other streams', async () => {
    const { saver, finishWrite } = recordingSaver({ hold: true });
    saver.markChanged('b', () => 'b:1');
    await vi.advanceTimersByTimeAsync(0);
    saver.markChanged('a', () => 'a:1');
    let released = false;
    await saver.release('a').then(() => (released = true));
    expect(released).toBe(true);
    finishWrite();
  });

  it('reports a failed write and writes again on the next change', async () => {
    const { saver, writes, errors } = recordingSaver({ fail: (items) => items.includes('a:1') });
    saver.markChanged('a', () => 'a:1');
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    saver.markChanged('a', () => 'a:2');
    await vi.advanceTimersByTimeAsync(500);
    expect(writes.map((write) => write.items)).toEqual([['a:1'], ['a:2']]);
    expect(errors).toHaveLength(1);
  });

  it('reports a snapshot that throws and still writes the other streams', async () => {
    const { saver, writes, errors } = recordingSaver();
    saver.markChanged('a', () => {
      throw new Error('broken');
    });
    saver.markChanged('b', () => 'b:1');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ at: 0, items: ['b:1'] }]);
    expect(errors).toHaveLength(1);
  });

  it('close writes what is still marked, after the write in flight, then nothing more', async () => {
    const { saver, writes, finishWrite } = recordingSaver({ hold: true });
    saver.markChanged('a', () => 'a:1');
    await vi.advanceTimersByTimeAsync(0);
    saver.markChanged('a', () => 'a:2');
    const closing = saver.close();
    await vi.advanceTimersByTimeAsync(100);
    finishWrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.map((write) => write.items)).toEqual([['a:1'], ['a:2']]);
    finishWrite();
    await closing;
    saver.markChanged('a', () => 'a:3');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes).toHaveLength(2);
  });
});
