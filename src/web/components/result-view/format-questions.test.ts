import { describe, expect, it } from 'vitest';
import type { GenerationResult } from '../../../core/schemas/generation-result.js';
import type { Question } from '../../../core/schemas/question.js';
import { describeForQuestions, formatQuestion, formatQuestionSet } from './format-questions.js';

const question: Question = {
  question: 'Tell me about a shift when two patients deteriorated at once.',
  category: 'Prioritisation',
  difficulty: 'medium',
  timeEstimateMinutes: 6,
  basedOn: 'recognise and escalate the deteriorating patient',
  stage: 'panel interview',
  evaluates: ['Clinical prioritisation'],
  strongAnswerSignals: ['Uses NEWS2 scores to decide who is seen first'],
  redFlags: ['Handles both alone without escalating'],
  answerFramework: { kind: 'star', steps: [{ label: 'Situation', guidance: 'The ward and the shift' }] },
  hints: ['Pick a real night shift'],
  followUps: ['What would you do differently?'],
  caseStudy: null,
};

const result: GenerationResult = {
  postingAnalysis: {
    occupation: 'adult nurse (Band 5)',
    sector: 'NHS acute hospital care',
    assessedCompetencies: ['compassion'],
    interviewStages: ['panel interview', 'numeracy test'],
  },
  postingNotes: ['The posting asks applicants to pay for a DBS check up front.'],
  analysis: null,
  questions: [question, { ...question, difficulty: 'hard', timeEstimateMinutes: 9, stage: null, basedOn: '' }],
  preparationPlan: [
    {
      action: 'Revise NEWS2 escalation',
      because: '“escalate the deteriorating patient”',
      forQuestions: [1, 2],
      minutes: 30,
    },
    { action: 'Practise the numeracy test', because: '', forQuestions: [], minutes: null },
  ],
  strategy: 'Lead with patient safety.',
};

describe('formatQuestion', () => {
  it('gives the words of the posting, the stage, strong-answer signals and red flags', () => {
    const text = formatQuestion(question, 1);
    expect(text).toContain('Prioritisation · medium · 6 min · stage: panel interview');
    expect(text).toContain('From the posting: “recognise and escalate the deteriorating patient”');
    expect(text).toMatch(/A strong answer shows:\n {2}- Uses NEWS2/);
    expect(text).toMatch(/Red flags:\n {2}- Handles both alone/);
  });

  it('leaves out what a question saved before these fields does not have', () => {
    const text = formatQuestion({ ...question, basedOn: '', stage: null, strongAnswerSignals: [], redFlags: [] }, 2);
    expect(text).not.toMatch(/From the posting|stage:|strong answer|Red flags/);
  });
});

describe('formatQuestionSet', () => {
  it('puts the notes on the posting first, then the reading, totals, questions, plan and strategy', () => {
    const text = formatQuestionSet('Adult nurse', result.questions, result);
    const order = [
      'Check this posting:',
      'Occupation: adult nurse (Band 5)',
      'Interview stages:',
      '2 questions · about 15 min · 1 medium · 1 hard',
      '1. Tell me',
      'Preparation plan:',
      '[ ] Revise NEWS2 escalation (because: “escalate the deteriorating patient”); 30 min, for questions 1, 2',
      '[ ] Practise the numeracy test; for the whole round',
      'Strategy: Lead with patient safety.',
    ].map((part) => text.indexOf(part));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives only the title, totals and questions while the result is not complete', () => {
    const text = formatQuestionSet('Adult nurse', [question], null);
    expect(text).toMatch(/^Adult nurse\n\n1 question · about 6 min · 1 medium\n\n1\. Tell me/);
    expect(text).not.toMatch(/Check this posting|Preparation plan|Strategy/);
  });
});

describe('describeForQuestions', () => {
  it('names the questions a step prepares for', () => {
    expect(describeForQuestions([2])).toBe('for question 2');
    expect(describeForQuestions([1, 3])).toBe('for questions 1, 3');
    expect(describeForQuestions([])).toBe('for the whole round');
  });
});
