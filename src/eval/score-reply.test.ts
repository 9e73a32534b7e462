import { describe, expect, it } from 'vitest';
import type { InterviewType } from '../core/schemas/generation-request.js';
import { FRAMEWORK_KIND_BY_TYPE } from '../core/schemas/question.js';
import { scoreReply, type ReplyToScore } from './score-reply.js';

const POSTING = 'Head Chef\nLead a brigade of 12 in a busy bistro. Menu costing and HACCP compliance are essential.';

function question(interviewType: InterviewType, text: string, basedOn: string) {
  return {
    question: text,
    category: 'Kitchen leadership',
    difficulty: 'medium',
    timeEstimateMinutes: 5,
    basedOn,
    stage: null,
    evaluates: ['Leadership'],
    strongAnswerSignals: ['Names the brigade roles'],
    redFlags: ['Blames the team'],
    answerFramework: {
      kind: FRAMEWORK_KIND_BY_TYPE[interviewType],
      steps: [{ label: 'Situation', guidance: 'Set the scene' }],
    },
    hints: ['Think of a Saturday service'],
    followUps: ['What would you change?'],
    ...(interviewType === 'case_study'
      ? { caseStudy: { scenario: 'A busy night', dataProvided: ['60 covers'], expectedApproach: 'Prioritise' } }
      : {}),
  };
}

function reply(questions: unknown[]) {
  return {
    postingAnalysis: { occupation: 'head chef', sector: 'hospitality', assessedCompetencies: [], interviewStages: [] },
    postingNotes: [],
    questions,
    preparationPlan: [{ action: 'Cost a menu', because: '"Menu costing"', forQuestions: [1], minutes: 30 }],
    strategy: 'Lead with the brigade.',
  };
}

function toScore(overrides: Partial<ReplyToScore>): ReplyToScore {
  return {
    shape: { interviewType: 'behavioral', technique: 'few_shot', questionCount: 3 },
    posting: POSTING,
    sector: 'hospitality',
    document: undefined,
    streamedElements: [],
    ...overrides,
  };
}

const GOOD = [
  question('behavioral', 'Tell me about a time you led a brigade through a busy service.', 'Lead a brigade of 12'),
  question('behavioral', 'How do you keep HACCP records up to date?', 'HACCP compliance'),
  question('behavioral', 'Walk me through costing a new menu.', 'menu costing'),
];

describe('scoreReply', () => {
  it('scores a reply that fits the schema exactly', () => {
    expect(scoreReply(toScore({ document: reply(GOOD) }))).toEqual({
      valid: true,
      schemaAdherent: true,
      returned: 3,
      rejected: 0,
      kept: 3,
      basedOnFound: 3,
      nearDuplicates: 0,
      softwareWords: { questions: 0, words: [] },
    });
  });

  it('counts rejected questions and a wrong count against the schema, but keeps the rest as the app does', () => {
    const wrongKind = { ...GOOD[0], answerFramework: { kind: 'approach', steps: [] } };
    const score = scoreReply(toScore({ document: reply([wrongKind, GOOD[1], GOOD[2]]) }));
    expect(score).toMatchObject({ valid: true, schemaAdherent: false, returned: 3, rejected: 1, kept: 2 });

    const tooMany = scoreReply(toScore({ document: reply([...GOOD, GOOD[0]]) }));
    expect(tooMany).toMatchObject({ valid: true, schemaAdherent: false, returned: 4, rejected: 0, kept: 3 });
  });

  it('measures basedOn, near-duplicates and software words on the kept questions', () => {
    const score = scoreReply(
      toScore({
        document: reply([
          GOOD[0],
          question('behavioral', 'Tell me about a time you led a brigade through a busy service!', 'a paraphrase'),
          question('behavioral', 'How would you reduce technical debt in the codebase?', 'HACCP compliance'),
        ]),
      }),
    );
    expect(score).toMatchObject({
      basedOnFound: 2,
      nearDuplicates: 1,
      softwareWords: { questions: 1, words: ['codebase', 'technical debt'] },
    });
  });

  it('does not look for software words in a software posting', () => {
    expect(scoreReply(toScore({ document: reply(GOOD), sector: 'software' })).softwareWords).toBeNull();
  });

  it('is not valid when no question fits, or the reply around them does not, or there is no document', () => {
    const noneFit = scoreReply(toScore({ document: reply([{ question: 'Only a question' }]) }));
    expect(noneFit).toMatchObject({ valid: false, schemaAdherent: false, returned: 1, rejected: 1, kept: 0 });
    expect(noneFit.basedOnFound).toBeNull();

    const { strategy: _strategy, ...noStrategy } = reply(GOOD);
    expect(scoreReply(toScore({ document: noStrategy }))).toMatchObject({ valid: false, returned: 3, rejected: 0 });

    // A broken stream: the streamed elements are all there is.
    expect(scoreReply(toScore({ streamedElements: [GOOD[0], { question: 'cut' }] }))).toMatchObject({
      valid: false,
      returned: 2,
      rejected: 1,
    });
  });

  it("checks each question against its interview type's schema (the case block for case studies)", () => {
    const shape = { interviewType: 'case_study', technique: 'chain_of_thought', questionCount: 1 } as const;
    const analysis = { keyRequirements: ['HACCP'], levelExpectations: 'Mid', skillsToProbe: ['costing'] };
    const withCase = question('case_study', 'Cost this menu.', 'Menu costing');
    expect(scoreReply(toScore({ shape, document: { ...reply([withCase]), analysis } }))).toMatchObject({
      valid: true,
      schemaAdherent: true,
    });
    const { caseStudy: _case, ...withoutCase } = withCase;
    expect(scoreReply(toScore({ shape, document: { ...reply([withoutCase]), analysis } }))).toMatchObject({
      valid: false,
      rejected: 1,
    });
  });
});
