import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hideInPosting, placementFor, PLACEMENTS } from './hide-in-posting.js';

const line = fc.string({ maxLength: 30 }).filter((text) => !text.includes('\n'));

describe('hideInPosting', () => {
  it('keeps the attack and every line of the posting', () => {
    fc.assert(
      fc.property(
        line.filter((text) => text !== ''),
        fc.array(line, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...PLACEMENTS),
        (attack, lines, placement) => {
          // Taking the attack back off a line is only unambiguous when the posting does not hold it.
          fc.pre(!lines.some((postingLine) => postingLine.includes(attack)));
          const result = hideInPosting(attack, lines.join('\n'), placement);
          expect(result).toContain(attack);
          const resultLines = result.split('\n');
          const kept =
            placement === 'end_of_line'
              ? resultLines.map((resultLine) => resultLine.replace(` ${attack}`, ''))
              : resultLines;
          for (const postingLine of lines) expect(kept).toContain(postingLine);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('places the attack before, after, in its own paragraph or at the end of a middle line', () => {
    const posting = 'one\ntwo\nthree\nfour';
    expect(hideInPosting('X', posting, 'start')).toBe('X\n\none\ntwo\nthree\nfour');
    expect(hideInPosting('X', posting, 'end')).toBe('one\ntwo\nthree\nfour\n\nX');
    expect(hideInPosting('X', posting, 'own_paragraph')).toBe('one\ntwo\n\nX\n\nthree\nfour');
    expect(hideInPosting('X', posting, 'end_of_line')).toBe('one\ntwo\nthree X\nfour');
  });

  it('fixes the placement by the ids and uses every placement', () => {
    const placements = Array.from({ length: 200 }, (_, index) => placementFor(`attack-${index}`, 'posting-1'));
    expect(new Set(placements)).toEqual(new Set(PLACEMENTS));
    expect(placementFor('attack-1', 'posting-1')).toBe(placements[1]);
  });
});
