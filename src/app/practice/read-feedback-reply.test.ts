import { describe, expect, it } from 'vitest';
import { NO_QUOTED_EVIDENCE_PREFIX } from '../../core/practice/verify-evidence.js';
import { CRITERIA_BY_TYPE } from '../../core/schemas/practice.js';
import { readCriterion, readFeedbackReply } from './read-feedback-reply.js';

const ANSWER = 'I rebuilt the billing job. Failures fell from 40 a week to 2, and I learned to measure first.';

const criterion = (id: string, score: number | null, evidence: string[]) => ({
  criterion: id,
  score,
  evidence,
  reasoning: 'Against the anchor.',
});

describe('readCriterion', () => {
  it('keeps a criterion of the rubric with its real quotes', () => {
    const read = readCriterion('behavioral', criterion('relevance', 3, ['rebuilt the billing job']), ANSWER, []);
    expect(read).toMatchObject({ criterion: 'relevance', score: 3, evidence: ['rebuilt the billing job'] });
  });

  it('turns a score whose quotes are not in the answer into "no evidence"', () => {
    const read = readCriterion('behavioral', criterion('relevance', 4, ['led a team of fifty']), ANSWER, []);
    expect(read).toMatchObject({ score: null, evidence: [] });
    expect(read?.reasoning.startsWith(NO_QUOTED_EVIDENCE_PREFIX)).toBe(true);
  });

  it('leaves out a criterion of another type, a repeated one, or one that does not fit', () => {
    expect(readCriterion('behavioral', criterion('trade_offs', 3, ['rebuilt']), ANSWER, [])).toBeNull();
    const first = readCriterion('behavioral', criterion('relevance', 3, ['rebuilt']), ANSWER, [])!;
    expect(readCriterion('behavioral', criterion('relevance', 2, ['rebuilt']), ANSWER, [first])).toBeNull();
    expect(readCriterion('behavioral', { criterion: 'relevance', score: 7 }, ANSWER, [])).toBeNull();
  });
});

describe('readFeedbackReply', () => {
  const reply = (scores: number[]) => ({
    criteria: CRITERIA_BY_TYPE.behavioral.map((id, index) => criterion(id, scores[index] ?? 3, ['measure first'])),
    strength: 'A number.',
    topFix: 'Say what you did.',
    rewrite: { original: 'I rebuilt the billing job.', improved: 'I rebuilt the nightly billing job.' },
    profileContradictions: [],
    followUp: 'What would you measure next?',
  });
  const end = (document: unknown) => ({ text: JSON.stringify(document), finishReason: 'stop', refusal: null });

  it('computes the verdict in code from the scores, and passes the arithmetic through', () => {
    const arithmetic = [{ expression: '40 - 2 = 38', stated: 38, computed: 38, correct: true }];
    const strong = readFeedbackReply('behavioral', end(reply([4, 4, 4, 4, 4, 3])), ANSWER, arithmetic);
    expect(strong.feedback.verdict).toBe('strong');
    expect(strong.feedback.arithmetic).toEqual(arithmetic);
    expect(strong.followUp).toBe('What would you measure next?');
    expect(readFeedbackReply('behavioral', end(reply([1, 1, 2, 1, 1, 1])), ANSWER, []).feedback.verdict).toBe(
      'not_yet',
    );
  });

  it('ignores a verdict the model adds of its own accord', () => {
    const read = readFeedbackReply('behavioral', end({ ...reply([1, 1, 1, 1, 1, 1]), verdict: 'strong' }), ANSWER, []);
    expect(read.feedback.verdict).toBe('not_yet');
  });

  it('fails with output_invalid for a reply that is not the feedback, and upstream_unavailable for a cut one', () => {
    expect(() => readFeedbackReply('behavioral', end({ questions: [] }), ANSWER, [])).toThrow(
      expect.objectContaining({ code: 'output_invalid' }),
    );
    const cut = { text: '{"criteria": [', finishReason: null, refusal: null };
    expect(() => readFeedbackReply('behavioral', cut, ANSWER, [])).toThrow(
      expect.objectContaining({ code: 'upstream_unavailable' }),
    );
  });
});
