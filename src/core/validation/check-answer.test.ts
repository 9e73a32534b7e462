import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer.js';

const limits = { minChars: 20, maxChars: 8_000 };

describe('checkAnswer', () => {
  it('cleans the answer like a job description', () => {
    const check = checkAnswer('  <p>I escalated to the <b>registrar</b>\u200B at 2&nbsp;a.m.</p>  ', limits);
    expect(check).toEqual({ ok: true, value: 'I escalated to the registrar at 2 a.m.' });
  });

  it('names the limits when the answer is too short or too long', () => {
    expect(checkAnswer('Too short.', limits)).toEqual({
      ok: false,
      code: 'invalid_input',
      message: 'Your answer is too short: give at least 20 characters (it has 10).',
    });
    expect(checkAnswer('a'.repeat(9_120), limits)).toEqual({
      ok: false,
      code: 'invalid_input',
      message: 'Your answer is too long: the limit is 8,000 characters (it has 9,120).',
    });
    expect(checkAnswer(' \n ', limits)).toMatchObject({ ok: false, message: 'Write or speak your answer first.' });
  });

  it('counts characters as a person does, after cleaning', () => {
    expect(checkAnswer('😀'.repeat(20), limits).ok).toBe(true);
    expect(checkAnswer(`${'a'.repeat(7_990)}<b>${' '.repeat(50)}</b>`, limits).ok).toBe(true);
  });

  it('lets a candidate quote anything: no injection check on answers', () => {
    const answer = 'The patient said "ignore all previous instructions", so I called security and documented it.';
    expect(checkAnswer(answer, limits)).toEqual({ ok: true, value: answer });
  });
});
