import { describe, expect, it } from 'vitest';
import { fillersFor } from './filler-words.js';
import { countWords, measureDelivery } from './measure-delivery.js';

const base = { spoken: false, language: 'English' };

describe('measureDelivery', () => {
  it('counts words, the rate and the fillers of an English answer', () => {
    const answer = 'Um, so I was, like, the nurse in charge. You know, it was kind of hard. I mean, we coped.';
    const delivery = measureDelivery({ ...base, answer, durationSeconds: 30 });
    expect(delivery.words).toBe(20);
    expect(delivery.wordsPerMinute).toBe(40);
    expect(delivery.fillers).toEqual([
      { filler: 'um', count: 1 },
      { filler: 'like', count: 1 },
      { filler: 'you know', count: 1 },
      { filler: 'I mean', count: 1 },
      { filler: 'kind of', count: 1 },
    ]);
    expect(delivery.fillerCount).toBe(5);
  });

  it('leaves ordinary uses of "like", "kind of" and "you know" alone', () => {
    const answer =
      'I would like to explain. Things like audits matter. It is a kind of audit. Do you know the protocol? We mean it.';
    expect(measureDelivery({ ...base, answer }).fillerCount).toBe(0);
  });

  it('has no rate without a duration, and keeps the pause only for a spoken answer', () => {
    const typed = measureDelivery({ ...base, answer: 'One two three', durationSeconds: 0, longestPauseSeconds: 4 });
    expect(typed).toMatchObject({ wordsPerMinute: null, durationSeconds: 0, longestPauseSeconds: null, spoken: false });
    const spoken = measureDelivery({ ...base, spoken: true, answer: 'One two three', longestPauseSeconds: 4 });
    expect(spoken).toMatchObject({ durationSeconds: null, wordsPerMinute: null, longestPauseSeconds: 4, spoken: true });
  });

  it.each([
    ['Deutsch', 'Ähm, ich habe sozusagen äh die Station geleitet, weißt du?', 4],
    ['German', 'Also, ähm, das war quasi mein Projekt.', 2],
    ['français', "Euh, du coup j'ai appelé le médecin, en fait.", 3],
    ['Español (México)', 'Eh, o sea, llamé al supervisor, digamos.', 3],
    ['Italiano', 'Ehm, cioè, ho chiamato il medico, praticamente subito.', 3],
    ['Dutch', 'Ehm, ik heb zeg maar de dienst geleid, weet je.', 3],
    ['Brazilian Portuguese', 'Hum, eu liguei pro médico, né? Tipo, na hora.', 3],
  ])('uses the %s filler list', (language, answer, count) => {
    expect(measureDelivery({ ...base, language, answer }).fillerCount).toBe(count);
  });

  it('falls back to the English list for a language without one', () => {
    expect(fillersFor('Klingon')).toBe(fillersFor('English'));
    expect(measureDelivery({ ...base, language: 'Svenska', answer: 'Um, jag ringde, uh, läkaren.' }).fillerCount).toBe(
      2,
    );
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ["Don't stop the follow-up.", 4],
    ['Zürich — 5 Mitarbeiter, Überstunden.', 4],
    ['Греческий и кириллица', 3],
    ['我们在医院', 5],
    ['The 2.5 mg dose — checked twice 👍', 6],
    ['Revenue 3,360 pounds', 3],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
