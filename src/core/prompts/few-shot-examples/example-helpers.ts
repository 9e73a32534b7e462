import type { z } from 'zod';
import type { ExperienceLevel, InterviewType } from '../../schemas/generation-request.js';
import type { BaseModelOutputSchema } from '../../schemas/model-output.js';
import type { CaseStudy, FrameworkKind, Question } from '../../schemas/question.js';
import type { Sector } from '../sector-signals.js';

/** An example reply in the base output shape, as the assistant turn of a few-shot prompt. */
export type ExampleReply = z.infer<typeof BaseModelOutputSchema>;

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
  difficulty: Question['difficulty'];
  minutes: number;
  evaluates: string[];
  kind: FrameworkKind;
  steps: readonly StepPair[];
  hints: string[];
  followUps: string[];
  redFlags: string[];
  caseStudy?: CaseStudy;
}

/** Builds an example question with every field the base schema has, red flags included. */
export function exampleQuestion(fields: ExampleQuestionFields): Question {
  return {
    question: fields.question,
    category: fields.category,
    difficulty: fields.difficulty,
    timeEstimateMinutes: fields.minutes,
    evaluates: fields.evaluates,
    answerFramework: {
      kind: fields.kind,
      steps: fields.steps.map(([label, guidance]) => ({ label, guidance })),
    },
    hints: fields.hints,
    followUps: fields.followUps,
    caseStudy: fields.caseStudy ?? null,
    redFlags: fields.redFlags,
  };
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
