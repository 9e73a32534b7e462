import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createChunkReader } from './create-chunk-reader.js';

/** Yields 0, 1, 2, … with `gapMs` before each. */
async function* ticking(gapMs: number, count: number): AsyncGenerator<number> {
  for (let index = 0; index < count; index++) {
    await sleep(gapMs);
    yield index;
  }
}

async function readAll(reader: ReturnType<typeof createChunkReader<number>>): Promise<number[]> {
  const items: number[] = [];
  for (;;) {
    const next = await reader.next();
    if (next.done) return items;
    items.push(next.value);
  }
}

describe('createChunkReader', () => {
  it('reads a stream that keeps arriving within the idle time, however long it lasts in all', async () => {
    const reader = createChunkReader(ticking(10, 12)[Symbol.asyncIterator](), {
      idleMs: 60,
      signal: new AbortController().signal,
    });
    expect(await readAll(reader)).toEqual([...Array(12).keys()]);
    reader.close();
  });

  it('fails a read with upstream_timeout when nothing arrives within the idle time', async () => {
    const reader = createChunkReader(ticking(200, 2)[Symbol.asyncIterator](), {
      idleMs: 40,
      signal: new AbortController().signal,
    });
    await expect(reader.next()).rejects.toMatchObject({ code: 'upstream_timeout' });
    reader.close();
  });

  it('does not count the time the reader itself spends between reads', async () => {
    const reader = createChunkReader(ticking(5, 3)[Symbol.asyncIterator](), {
      idleMs: 40,
      signal: new AbortController().signal,
    });
    expect((await reader.next()).value).toBe(0);
    await sleep(100); // a slow consumer: no read is waiting, so nothing times out
    expect((await reader.next()).value).toBe(1);
    expect((await reader.next()).value).toBe(2);
    reader.close();
  });

  it('fails a waiting read with cancelled as soon as the signal aborts, and every read after it', async () => {
    const controller = new AbortController();
    const reader = createChunkReader(ticking(500, 1)[Symbol.asyncIterator](), {
      idleMs: 5_000,
      signal: controller.signal,
    });
    const started = performance.now();
    const waiting = reader.next();
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    expect(performance.now() - started).toBeLessThan(400);
    await expect(reader.next()).rejects.toMatchObject({ code: 'cancelled' });
    reader.close();
  });

  it('finishes the source when closed mid-stream, and refuses reads after', async () => {
    let finished = false;
    async function* source(): AsyncGenerator<number> {
      try {
        yield 1;
        yield 2;
      } finally {
        finished = true;
      }
    }
    const reader = createChunkReader(source()[Symbol.asyncIterator](), {
      idleMs: 1_000,
      signal: new AbortController().signal,
    });
    expect((await reader.next()).value).toBe(1);
    reader.close();
    await sleep(0);
    expect(finished).toBe(true);
    await expect(reader.next()).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('passes on an error of the stream itself', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      throw new Error('socket hang up');
    }
    const reader = createChunkReader(failing()[Symbol.asyncIterator](), {
      idleMs: 1_000,
      signal: new AbortController().signal,
    });
    expect((await reader.next()).value).toBe(1);
    await expect(reader.next()).rejects.toThrow('socket hang up');
    reader.close();
  });
});
