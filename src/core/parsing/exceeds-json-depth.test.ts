import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth } from './exceeds-json-depth.js';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** The nesting depth of a parsed value, counted the slow way. */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('exceedsJsonDepth', () => {
  it('allows exactly the limit and refuses one level more', () => {
    expect(exceedsJsonDepth(nested(64), 64)).toBe(false);
    expect(exceedsJsonDepth(nested(65), 64)).toBe(true);
    expect(exceedsJsonDepth(`{"a":{"b":[1,{"c":null}]}}`, 4)).toBe(false);
    expect(exceedsJsonDepth(`{"a":{"b":[1,{"c":null}]}}`, 3)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(JSON.stringify({ text: '[[[[[[{{{{' }), 1)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ text: 'say \\"[[[[\\" and "{{{{"' }), 1)).toBe(false);
  });

  it('stops at the first level too deep, in a fraction of a millisecond for 10,000 levels', () => {
    const text = nested(10_000);
    const started = performance.now();
    expect(exceedsJsonDepth(text, 64)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5);
  });

  it('agrees with the depth of the parsed value', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), fc.integer({ min: 0, max: 8 }), (text, limit) => {
        expect(exceedsJsonDepth(text, limit)).toBe(depthOf(JSON.parse(text)) > limit);
      }),
      { numRuns: 500 },
    );
  });
});
