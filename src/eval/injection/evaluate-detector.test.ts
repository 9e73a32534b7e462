import { describe, expect, it } from 'vitest';
import type { InjectionDetector } from '../../core/validation/detect-prompt-injection.js';
import { splitOf, type AttackRecord, type PostingRecord } from './corpus.js';
import { evaluateInjectionDetector } from './evaluate-detector.js';

/** The first ids with this prefix that fall in the split. */
function idsIn(split: 'fit' | 'test', prefix: string, count: number): string[] {
  const ids: string[] = [];
  for (let index = 0; ids.length < count; index += 1)
    if (splitOf(`${prefix}-${index}`) === split) ids.push(`${prefix}-${index}`);
  return ids;
}

const [evilId = '', otherEvilId = '', quietId = ''] = idsIn('fit', 'attack', 3);
const [testAttackId = ''] = idsIn('test', 'attack', 1);
const postingIds = idsIn('fit', 'posting', 3);
const attacks: AttackRecord[] = [
  { id: evilId, family: 'override', language: 'en', text: 'EVIL order one' },
  { id: otherEvilId, family: 'roleplay', language: 'en', text: 'EVIL order two' },
  { id: quietId, family: 'roleplay', language: 'en', text: 'a quiet order' },
  { id: testAttackId, family: 'override', language: 'en', text: 'EVIL, held out' },
];
const postings: PostingRecord[] = postingIds.map((id, index) => ({
  id,
  occupation: 'nurse',
  country: 'GB',
  language: 'en',
  text: index === 0 ? 'Loud posting.' : `Nurse wanted, ward ${index}.\nNights.`,
}));

/** Flags text holding "EVIL", and the one posting "Loud posting." taken alone. */
const toyDetector: InjectionDetector = (raw) =>
  raw.includes('EVIL') || raw === 'Loud posting.' ? { pattern: 'toy', excerpt: raw.slice(0, 10), passages: [] } : null;

describe('evaluateInjectionDetector', () => {
  it('counts caught attacks by family, missed attacks and false positives in one split', () => {
    const figures = evaluateInjectionDetector(toyDetector, { attacks, postings }, 'fit');
    expect(figures).toMatchObject({
      split: 'fit',
      attacks: {
        caught: 2,
        total: 3,
        byFamily: { override: { caught: 1, total: 1 }, roleplay: { caught: 1, total: 2 } },
      },
      postings: { flagged: 1, total: 3 },
      missed: [{ id: quietId, family: 'roleplay', text: 'a quiet order' }],
      falsePositives: [{ id: postingIds[0], excerpt: 'Loud posti' }],
    });
    expect(figures.microsecondsPerPosting).toBeGreaterThanOrEqual(0);
  });

  it('hides each attack in postings of the same split, as the detector receives it', () => {
    const seen: string[] = [];
    const recording: InjectionDetector = (raw) => {
      seen.push(raw);
      return { pattern: 'toy', excerpt: '', passages: [] };
    };
    evaluateInjectionDetector(recording, { attacks, postings }, 'fit');
    const hosting = seen.filter((raw) => raw.includes('EVIL order one'));
    expect(hosting).toHaveLength(2);
    for (const raw of hosting)
      expect(postings.some((posting) => raw.includes(posting.text.split('\n')[0] ?? ''))).toBe(true);
    expect(seen.some((raw) => raw.includes('held out'))).toBe(false);
  });

  it('refuses a split without postings', () => {
    expect(() => evaluateInjectionDetector(toyDetector, { attacks, postings }, 'calibrate')).toThrow(/no postings/);
  });
});
