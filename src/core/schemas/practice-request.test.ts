import { describe, expect, it } from 'vitest';
import { createPracticeRequestSchema } from './practice-request-schema.js';

const valid = {
  sessionId: 'sess_01JDS3K8X2N4Q7',
  questionIndex: 0,
  answer: 'On a night shift I escalated a deteriorating patient to the registrar.',
};

describe('createPracticeRequestSchema', () => {
  it('accepts an answer with the defaults filled in, cleaned', () => {
    const parsed = createPracticeRequestSchema().parse({ ...valid, answer: ` ${valid.answer}\u200B ` });
    expect(parsed).toEqual({ ...valid, mode: 'coach', spoken: false });
  });

  it('rejects a too-long answer with a message naming the limit and the invalid_input code', () => {
    const result = createPracticeRequestSchema({ maxAnswerChars: 100 }).safeParse({
      ...valid,
      answer: 'a'.repeat(120),
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.message).toBe('Your answer is too long: the limit is 100 characters (it has 120).');
    expect(issue).toMatchObject({ path: ['answer'], params: { errorCode: 'invalid_input' } });
  });

  it('rejects a too-short or missing answer', () => {
    const short = createPracticeRequestSchema().safeParse({ ...valid, answer: 'Yes.' });
    expect(short.error?.issues[0]?.message).toMatch(/too short: give at least 20 characters \(it has 4\)/);
    const missing = createPracticeRequestSchema().safeParse({ sessionId: valid.sessionId, questionIndex: 0 });
    expect(missing.error?.issues[0]?.message).toBe('Write or speak your answer first.');
  });

  it('keeps the options checks: mode, question index and thread id', () => {
    const schema = createPracticeRequestSchema();
    expect(schema.safeParse({ ...valid, mode: 'exam' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, questionIndex: 1.5 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, threadId: 'not-a-uuid' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, mode: 'interview', spoken: true, durationSeconds: 95 }).success).toBe(true);
  });
});
