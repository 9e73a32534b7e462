import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureDelivery } from './measure-delivery.js';

const plainWords = fc.array(
  fc.constantFrom<string>('nurse', 'ward', 'shift', 'patient', 'checked', 'Zürich', 'plan', 'dose', '42'),
  { maxLength: 40 },
);
const language = fc.constantFrom(
  'English',
  'Deutsch',
  'français',
  'Español',
  'Italiano',
  'Nederlands',
  'Português',
  'Svenska',
);
const fillerFor: Record<string, string[]> = {
  English: ['um', 'uh', 'erm', 'basically', 'you know,', 'like,'],
  Deutsch: ['ähm', 'äh', 'sozusagen', 'quasi'],
  français: ['euh', 'du coup', 'en fait'],
  Español: ['eh', 'o sea', 'digamos'],
  Italiano: ['ehm', 'cioè', 'insomma'],
  Nederlands: ['ehm', 'zeg maar'],
  Português: ['hum', 'né', 'pois é'],
  Svenska: ['um', 'uh'],
};

describe('measureDelivery properties', () => {
  it('keeps the rate and filler count within bounds for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.option(fc.double({ min: 0, max: 3600, noNaN: true }), { nil: undefined }),
        language,
        (answer, durationSeconds, lang) => {
          const delivery = measureDelivery({ answer, durationSeconds, spoken: false, language: lang });
          expect(delivery.fillerCount).toBeLessThanOrEqual(delivery.words);
          if (delivery.wordsPerMinute !== null) expect(delivery.wordsPerMinute).toBeGreaterThanOrEqual(0);
          if (delivery.words === 0 && delivery.wordsPerMinute !== null) expect(delivery.wordsPerMinute).toBe(0);
        },
      ),
    );
  });

  it('gives 0 words per minute for an empty answer with a duration', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 3600, noNaN: true }),
        fc.stringMatching(/^\s*$/),
        (durationSeconds, answer) => {
          expect(measureDelivery({ answer, durationSeconds, spoken: true, language: 'English' }).wordsPerMinute).toBe(
            0,
          );
        },
      ),
    );
  });

  it('counts the same with extra whitespace between words', () => {
    fc.assert(
      fc.property(
        plainWords,
        fc.array(fc.constantFrom(' ', '  ', '\n', '\t ', ' \n\n '), { minLength: 1 }),
        language,
        (words, gaps, lang) => {
          const single = measureDelivery({ answer: words.join(' '), spoken: false, language: lang });
          const spaced = words.map((word, index) => `${word}${gaps[index % gaps.length]}`).join('');
          const wide = measureDelivery({ answer: `  ${spaced}`, spoken: false, language: lang });
          expect(wide.words).toBe(single.words);
          expect(wide.fillerCount).toBe(single.fillerCount);
        },
      ),
    );
  });

  it('counts one more filler when one is inserted between words', () => {
    fc.assert(
      fc.property(plainWords, fc.nat(), language, fc.nat(), (words, position, lang, pick) => {
        const options = fillerFor[lang]!;
        const filler = options[pick % options.length]!;
        const before = measureDelivery({ answer: words.join(' '), spoken: false, language: lang });
        const withFiller = [...words];
        withFiller.splice(position % (words.length + 1), 0, filler);
        const after = measureDelivery({ answer: withFiller.join(' '), spoken: false, language: lang });
        expect(after.fillerCount).toBe(before.fillerCount + 1);
      }),
    );
  });
});
