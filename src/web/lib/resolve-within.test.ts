import { describe, expect, it } from 'vitest';
import { resolveWithin } from './resolve-within.js';

describe('resolveWithin', () => {
  it('gives the value of a promise that settles in time', async () => {
    await expect(resolveWithin(Promise.resolve('checker'), 50)).resolves.toBe('checker');
  });

  it('gives null for one that is late or fails', async () => {
    const late = new Promise((resolve) => setTimeout(() => resolve('late'), 100));
    await expect(resolveWithin(late, 10)).resolves.toBeNull();
    await expect(resolveWithin(Promise.reject(new Error('offline')), 50)).resolves.toBeNull();
  });
});
