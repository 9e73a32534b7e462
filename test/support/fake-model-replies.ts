import type { InterviewType } from '../../src/core/schemas/generation-request.js';
import type { FrameworkKind, Question } from '../../src/core/schemas/question.js';

/** Which reply schema the fake model follows: base (few-shot, zero-shot, role-based), chain-of-thought, structured. */
export type FakeReplyShape = 'base' | 'chain_of_thought' | 'structured';

export type FakeReplyOptions = {
  shape: FakeReplyShape;
  count: number;
  interviewType?: InterviewType;
};

/** A model reply document as the fake model writes it (before JSON.stringify). */
export type FakeModelReply = {
  analysis?: { keyRequirements: string[]; levelExpectations: string; skillsToProbe: string[] };
  questions: Question[];
  recommendations: string[];
  strategy: string;
  overview?: {
    difficultyMix: { easy: number; medium: number; hard: number };
    totalMinutes: number;
    focusAreas: string[];
  };
};

const FRAMEWORK_BY_TYPE = {
  technical: 'approach',
  behavioral: 'star',
  case_study: 'case_structure',
  reverse: 'why_ask',
} as const satisfies Record<InterviewType, FrameworkKind>;

const STEP_LABELS = {
  approach: ['Clarify requirements', 'Outline the design', 'Discuss trade-offs'],
  star: ['Situation', 'Task', 'Action', 'Result'],
  case_structure: ['Restate the goal', 'Break down the drivers', 'Quantify', 'Recommend'],
  why_ask: ['Why it matters', 'What a good answer sounds like'],
} as const satisfies Record<FrameworkKind, readonly string[]>;

// Escapes, quotes and non-ASCII text (incl. a surrogate pair) so stream parsers meet them in tests.
const TOPICS = {
  technical: [
    'Design a rate limiter for a public "search" API',
    'Explain how you would find a memory leak in a Node.js service',
    'How would you migrate a monolith’s database without downtime?',
    'Walk through indexing a slow SQL query (p95 > 2 s)',
    'Design an idempotent payment webhook handler',
  ],
  behavioral: [
    'Tell me about a time you disagreed with your manager',
    'Describe a project that failed and what you learned',
    'Tell me about a time you mentored a colleague — what changed?',
    'Describe how you handled an urgent incident at 3 a.m.',
    'Tell me about a decision you made with incomplete data',
  ],
  case_study: [
    'A café chain’s revenue fell 12% in six months: why?',
    'Should a regional bank launch a “buy now, pay later” product?',
    'Estimate the market for electric cargo bikes in Lyon',
    'A SaaS start-up’s churn doubled after a price change: diagnose it',
    'Prioritise three product bets with a €2M budget',
  ],
  reverse: [
    'What does success look like in the first 90 days?',
    'How does the team decide what to build next?',
    'What is the biggest technical debt the team carries?',
    'How are on-call duties shared 🙂 across the team?',
    'What made the last person in this role successful?',
  ],
} as const satisfies Record<InterviewType, readonly string[]>;

const DIFFICULTY_CYCLE = ['easy', 'medium', 'hard'] as const;

function buildQuestion(index: number, interviewType: InterviewType, shape: FakeReplyShape): Question {
  const kind = FRAMEWORK_BY_TYPE[interviewType];
  const topics = TOPICS[interviewType];
  const topic = topics[index % topics.length] ?? 'Tell me about yourself';
  const round = Math.floor(index / topics.length);
  const number = index + 1;
  return {
    question: round === 0 ? topic : `${topic} (variant ${round + 1})`,
    category: `${interviewType.replace('_', ' ')} · area ${number}`,
    difficulty: DIFFICULTY_CYCLE[index % DIFFICULTY_CYCLE.length] ?? 'medium',
    timeEstimateMinutes: 5 + (index % 4) * 5,
    evaluates: [`Structured thinking (question ${number})`, 'Communication under \\ pressure'],
    answerFramework: {
      kind,
      steps: STEP_LABELS[kind].map((label) => ({
        label,
        guidance: `For question ${number}, ${label.toLowerCase()}: be concrete and say "why".`,
      })),
    },
    hints: [`Hint ${number}.1: name the trade-off`, `Hint ${number}.2: quantify the impact`],
    followUps: [`What would you do differently next time? (${number})`],
    caseStudy:
      interviewType === 'case_study'
        ? {
            scenario: `Scenario ${number}: ${topic}.`,
            dataProvided: ['Revenue by quarter: 4.1M, 3.9M, 3.6M', 'Customer count: 12 400'],
            expectedApproach: 'Segment the problem, test hypotheses with the data, recommend one action.',
          }
        : null,
    redFlags: shape === 'structured' ? [`Vague answer without numbers (${number})`] : null,
  };
}

/**
 * A valid model reply for the requested shape and number of questions, with content fitting the
 * interview type (case-study questions carry a scenario, data and expected approach). Deterministic.
 */
export function buildFakeModelReply(options: FakeReplyOptions): FakeModelReply {
  const interviewType = options.interviewType ?? 'technical';
  const questions = Array.from({ length: options.count }, (_, index) =>
    buildQuestion(index, interviewType, options.shape),
  );
  const reply: FakeModelReply = {
    questions,
    recommendations: [
      'Re-read the job description and map each requirement to one story or example.',
      'Practise answering aloud with a 2-minute limit per answer.',
    ],
    strategy: 'Lead with impact, back every claim with a number, and ask one clarifying question per case.',
  };
  if (options.shape === 'chain_of_thought') {
    // The analysis comes first, as the chain-of-thought schema orders it.
    return {
      analysis: {
        keyRequirements: ['Distributed systems', 'Ownership of production services'],
        levelExpectations: 'Leads design discussions and mentors others.',
        skillsToProbe: ['System design', 'Debugging', 'Collaboration'],
      },
      ...reply,
    };
  }
  if (options.shape === 'structured') {
    const mix = { easy: 0, medium: 0, hard: 0 };
    for (const question of questions) mix[question.difficulty] += 1;
    return {
      ...reply,
      overview: {
        difficultyMix: mix,
        totalMinutes: questions.reduce((total, question) => total + question.timeEstimateMinutes, 0),
        focusAreas: ['Design', 'Delivery'],
      },
    };
  }
  return reply;
}
