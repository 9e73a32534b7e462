import type { z } from 'zod';
import type { ExperienceLevel, InterviewType } from '../../schemas/generation-request.js';
import type { ModelPlanStepSchema, PostingAnalysis } from '../../schemas/generation-result.js';
import type { CaseStudy, Difficulty, FrameworkKind, FrameworkStepSchema } from '../../schemas/question.js';
import type { Sector } from '../sector-signals.js';

/** One step of an answer framework: a short label and guidance specific to the question. */
export type ExampleFrameworkStep = z.infer<typeof FrameworkStepSchema>;

/**
 * One question as `modelQuestionSchemaFor(interviewType)` asks the model to write it, keys in the
 * schema's order. `caseStudy` is there only for case studies: the other types' schemas have no
 * such key, so an example never shows one (not even as null).
 */
export interface ExampleQuestion {
  question: string;
  category: string;
  difficulty: Difficulty;
  /** Whole minutes. */
  timeEstimateMinutes: number;
  /** A phrase of at most 12 words, copied word for word from the example's posting. */
  basedOn: string;
  /** One of the stages the posting names (as in postingAnalysis.interviewStages), or null when it names none. */
  stage: string | null;
  evaluates: string[];
  strongAnswerSignals: string[];
  redFlags: string[];
  hints: string[];
  followUps: string[];
  answerFramework: { kind: FrameworkKind; steps: ExampleFrameworkStep[] };
  caseStudy?: CaseStudy;
}

/** A preparation step as the model writes it: `because` quotes the posting, `forQuestions` counts from 1. */
export type ExamplePlanStep = z.infer<typeof ModelPlanStepSchema>;

/**
 * An example reply: the output of `modelOutputSchemaFor({ interviewType, technique: 'few_shot',
 * questionCount })`, keys in the order the model writes them, as the assistant turn of a
 * few-shot prompt.
 */
export interface ExampleReply {
  postingAnalysis: PostingAnalysis;
  postingNotes: string[];
  questions: ExampleQuestion[];
  preparationPlan: ExamplePlanStep[];
  strategy: string;
}

/** One worked example, tagged by sector, interview type and level: a posting and the reply it should get. */
export interface FewShotExample {
  sector: Sector;
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
  jobDescription: string;
  reply: ExampleReply;
}

type StepPair = readonly [label: string, guidance: string];

interface ExampleQuestionFields {
  question: string;
  category: string;
  difficulty: Difficulty;
  minutes: number;
  basedOn: string;
  stage: string | null;
  evaluates: string[];
  strongAnswerSignals: string[];
  redFlags: string[];
  kind: FrameworkKind;
  steps: readonly StepPair[];
  hints: string[];
  followUps: string[];
  /** Only for case studies. */
  caseStudy?: CaseStudy;
}

/** Builds an example question in the model's question shape; the case-study block only when given. */
export function exampleQuestion(fields: ExampleQuestionFields): ExampleQuestion {
  const question: ExampleQuestion = {
    question: fields.question,
    category: fields.category,
    difficulty: fields.difficulty,
    timeEstimateMinutes: fields.minutes,
    basedOn: fields.basedOn,
    stage: fields.stage,
    evaluates: fields.evaluates,
    strongAnswerSignals: fields.strongAnswerSignals,
    redFlags: fields.redFlags,
    hints: fields.hints,
    followUps: fields.followUps,
    answerFramework: {
      kind: fields.kind,
      steps: fields.steps.map(([label, guidance]) => ({ label, guidance })),
    },
  };
  return fields.caseStudy === undefined ? question : { ...question, caseStudy: fields.caseStudy };
}

/** The four STAR steps, in order, with guidance for one question. */
export function starSteps(situation: string, task: string, action: string, result: string): StepPair[] {
  return [
    ['Situation', situation],
    ['Task', task],
    ['Action', action],
    ['Result', result],
  ];
}
