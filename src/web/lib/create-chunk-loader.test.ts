import { describe, expect, it } from 'vitest';
import { createChunkLoader, retryFailedChunks } from './create-chunk-loader.js';

/** An import that fails the first `failures` times, counting its calls. */
function flakyImport(failures: number) {
  const calls = { count: 0 };
  const importChunk = async () => {
    calls.count += 1;
    if (calls.count <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return 'view';
  };
  return { calls, importChunk };
}

describe('createChunkLoader', () => {
  it('imports once however many ask, and gives the value once loaded', async () => {
    const { calls, importChunk } = flakyImport(0);
    const chunk = createChunkLoader(importChunk);
    expect(chunk.current()).toBeNull();
    chunk.preload();
    const values = await Promise.all([chunk.load(), chunk.read(), chunk.load()]);
    expect([...values, chunk.current()]).toEqual(['view', 'view', 'view', 'view']);
    expect(calls.count).toBe(1);
  });

  it('keeps a failed import failed for rendering (no retry loop), and imports again on a new action', async () => {
    const { calls, importChunk } = flakyImport(1);
    const chunk = createChunkLoader(importChunk);
    await expect(chunk.read()).rejects.toThrow('Failed to fetch');
    await expect(chunk.read()).rejects.toThrow('Failed to fetch');
    expect(calls.count).toBe(1);
    await expect(chunk.load()).resolves.toBe('view');
    expect(chunk.current()).toBe('view');
    expect(calls.count).toBe(2);
  });

  it('"Try again" imports every failed chunk again, and only those', async () => {
    const failing = flakyImport(1);
    const fine = flakyImport(0);
    const failed = createChunkLoader(failing.importChunk);
    const loaded = createChunkLoader(fine.importChunk);
    await expect(failed.read()).rejects.toThrow();
    await loaded.read();
    retryFailedChunks();
    await expect(failed.read()).resolves.toBe('view');
    expect([failing.calls.count, fine.calls.count]).toEqual([2, 1]);
  });

  it('leaves a failed preload unreported (no unhandled rejection) for read() to tell', async () => {
    const chunk = createChunkLoader(() => Promise.reject(new Error('offline')));
    chunk.preload();
    await expect(chunk.read()).rejects.toThrow('offline');
  });
});
