import { describe, expect, it } from 'vitest';
import { EXPERIENCE_LEVELS, INTERVIEW_TYPES, type GenerationRequest } from '../schemas/generation-request.js';
import { modelOutputSchemaFor, toGenerationResult } from '../schemas/model-output.js';
import { FRAMEWORK_KIND_BY_TYPE } from '../schemas/question.js';
import { buildPrompt } from './build-prompt.js';
import { difficultySplit } from './difficulty-split.js';
import { FEW_SHOT_EXAMPLES, selectFewShotExample } from './few-shot-examples/few-shot-library.js';
import { JOB_DESCRIPTION_OPEN_TAG } from './job-description-block.js';
import { describeLevel } from './level-descriptions.js';
import { SECTORS, type Sector } from './sector-signals.js';

/** How many framework steps each kind asks for (interview-type-guides.ts). */
const STEPS_BY_TYPE = { technical: [3, 5], behavioral: [4, 4], case_study: [4, 6], reverse: [2, 4] } as const;

/** The competencies, behaviours or values each example posting names: its posting analysis lists them and its behavioral reply uses them. */
const NAMED_IN_POSTING: Record<Sector, readonly string[]> = {
  software: ['Own the outcome', 'Keep it simple', 'Couriers first'],
  healthcare: ['Compassion', 'Respect', 'Teamwork', 'Excellence'],
  hospitality: [],
  public_policy: [
    'Seeing the Big Picture',
    'Making Effective Decisions',
    'Communicating and Influencing',
    'Delivering at Pace',
  ],
  education: ['Ambition', 'Kindness', 'Integrity'],
  construction: ['Safe', 'Straight-talking', 'Built to Last'],
  general: ['Customers first', 'Do the right thing', 'One team'],
};

const URL_OR_CONTACT = [
  /https?:\/\//i,
  /www\./i,
  /\b[\w-]+\.(?:co\.uk|com|eu|org|gov\.uk|sch\.uk)\b/i,
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  /\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b/,
];

const EXAMPLES = FEW_SHOT_EXAMPLES.map((example) => ({
  ...example,
  name: `${example.sector} / ${example.interviewType} / ${example.experienceLevel}`,
}));

function request(overrides: Partial<GenerationRequest>): GenerationRequest {
  return {
    jobDescription: 'Machine learning engineer at Otterly Health: train and ship PyTorch models for radiology triage.',
    interviewType: 'technical',
    experienceLevel: 'mid',
    technique: 'few_shot',
    questionCount: 4,
    language: 'English',
    ...overrides,
  };
}

describe('the few-shot library', () => {
  it('has an example of every interview type for six sectors and the neutral fallback', () => {
    expect(SECTORS.filter((sector) => sector !== 'general').length).toBeGreaterThanOrEqual(6);
    for (const sector of SECTORS) {
      for (const interviewType of INTERVIEW_TYPES) {
        expect(
          FEW_SHOT_EXAMPLES.some((example) => example.sector === sector && example.interviewType === interviewType),
        ).toBe(true);
      }
    }
  });

  it.each(EXAMPLES)('$name: a realistic, full-length posting', ({ jobDescription }) => {
    expect(jobDescription.length).toBeGreaterThanOrEqual(1500);
    expect(jobDescription.length).toBeLessThanOrEqual(2200);
  });

  it.each(EXAMPLES)('$name: a valid few-shot reply for its type and question count', (example) => {
    const shape = {
      interviewType: example.interviewType,
      technique: 'few_shot',
      questionCount: example.reply.questions.length,
    } as const;
    const parsed = modelOutputSchemaFor(shape).safeParse(example.reply);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    // Nothing the schema would strip: the reply has exactly the schema's keys, in its order.
    expect(Object.keys(example.reply)).toEqual([
      'postingAnalysis',
      'postingNotes',
      'questions',
      'preparationPlan',
      'strategy',
    ]);
    expect(toGenerationResult(shape, example.reply)?.questions).toHaveLength(shape.questionCount);
  });

  it.each(EXAMPLES)('$name: reads its posting faithfully', ({ reply, jobDescription, sector }) => {
    const { assessedCompetencies, interviewStages, occupation, sector: employerSector } = reply.postingAnalysis;
    expect(occupation.length).toBeGreaterThan(0);
    expect(employerSector.length).toBeGreaterThan(0);
    expect(assessedCompetencies).toEqual(NAMED_IN_POSTING[sector]);
    for (const phrase of [...assessedCompetencies, ...interviewStages]) expect(jobDescription).toContain(phrase);
    expect(interviewStages.length).toBeGreaterThan(0);
    // None of the postings has text aimed at AI tools, fees or requests for documents or payment.
    expect(reply.postingNotes).toEqual([]);
  });

  it.each(EXAMPLES)('$name: every question follows the rules it illustrates', (example) => {
    const { questions, strategy } = example.reply;
    const { interviewStages } = example.reply.postingAnalysis;
    expect(strategy.length).toBeGreaterThan(100);
    expect(strategy).not.toContain('\n');
    expect(new Set(questions.map((question) => question.category)).size).toBe(questions.length);
    const [fewestSteps, mostSteps] = STEPS_BY_TYPE[example.interviewType];
    for (const question of questions) {
      expect(question.basedOn.length).toBeGreaterThan(0);
      expect(example.jobDescription).toContain(question.basedOn);
      expect(question.basedOn.trim().split(/\s+/).length).toBeLessThanOrEqual(12);
      if (interviewStages.length === 0) expect(question.stage).toBeNull();
      else expect(interviewStages).toContain(question.stage);
      expect(question.answerFramework.kind).toBe(FRAMEWORK_KIND_BY_TYPE[example.interviewType]);
      expect(question.answerFramework.steps.length).toBeGreaterThanOrEqual(fewestSteps);
      expect(question.answerFramework.steps.length).toBeLessThanOrEqual(mostSteps);
      for (const list of [question.evaluates, question.strongAnswerSignals, question.redFlags]) {
        expect(list.length).toBeGreaterThanOrEqual(2);
        expect(list.length).toBeLessThanOrEqual(4);
      }
      for (const list of [question.hints, question.followUps]) {
        expect(list.length).toBeGreaterThanOrEqual(1);
        expect(list.length).toBeLessThanOrEqual(3);
      }
      expect(Number.isInteger(question.timeEstimateMinutes)).toBe(true);
      expect(question.timeEstimateMinutes).toBeGreaterThanOrEqual(1);
      if (example.interviewType === 'case_study') {
        expect(question.caseStudy?.dataProvided.length).toBeGreaterThanOrEqual(3);
        expect(question.caseStudy?.dataProvided.length).toBeLessThanOrEqual(6);
      } else {
        expect(question).not.toHaveProperty('caseStudy');
      }
      if (example.interviewType === 'behavioral') {
        expect(question.answerFramework.steps.map((step) => step.label)).toEqual([
          'Situation',
          'Task',
          'Action',
          'Result',
        ]);
        expect(question.answerFramework.steps.map((step) => step.guidance.match(/^About (\d+) seconds/)?.[1])).toEqual([
          '15',
          '15',
          '90',
          '30',
        ]);
        // Which kind of story to pick, and the scope expected at the level.
        expect(question.hints.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it.each(EXAMPLES)('$name: a preparation plan of 4-6 steps grounded in the posting', (example) => {
    const { preparationPlan, questions } = example.reply;
    const { interviewStages } = example.reply.postingAnalysis;
    expect(preparationPlan.length).toBeGreaterThanOrEqual(4);
    expect(preparationPlan.length).toBeLessThanOrEqual(6);
    for (const step of preparationPlan) {
      expect(step.action.length).toBeGreaterThan(0);
      const quotes = [...step.because.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
      expect(quotes.length, step.because).toBeGreaterThan(0);
      for (const quote of quotes) expect(example.jobDescription).toContain(quote);
      for (const index of step.forQuestions) {
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(1);
        expect(index).toBeLessThanOrEqual(questions.length);
      }
      expect(new Set(step.forQuestions).size).toBe(step.forQuestions.length);
      expect(Number.isInteger(step.minutes)).toBe(true);
      expect(step.minutes).toBeGreaterThanOrEqual(1);
    }
    // A step that prepares for a stage the posting states (a test, a trial shift, a presentation...).
    const stageStep = preparationPlan.some((step) =>
      interviewStages.some((stage) => `${step.action} ${step.because}`.toLowerCase().includes(stage.toLowerCase())),
    );
    expect(stageStep).toBe(true);
  });

  it.each(EXAMPLES)('$name: the difficulty counts are the split computed for its level', (example) => {
    const split = difficultySplit({ ...example, questionCount: example.reply.questions.length });
    for (const difficulty of ['easy', 'medium', 'hard'] as const) {
      expect(example.reply.questions.filter((question) => question.difficulty === difficulty)).toHaveLength(
        split[difficulty],
      );
    }
  });

  it.each(EXAMPLES)('$name: never repeats a link, an email address or a phone number', ({ reply, jobDescription }) => {
    const text = JSON.stringify(reply);
    for (const pattern of URL_OR_CONTACT) expect(text).not.toMatch(pattern);
    expect(URL_OR_CONTACT.some((pattern) => pattern.test(jobDescription))).toBe(true);
  });

  it.each(EXAMPLES.filter((example) => example.interviewType === 'behavioral'))(
    '$name: uses the names the posting assesses against',
    (example) => {
      const named = NAMED_IN_POSTING[example.sector];
      for (const name of named) expect(example.jobDescription).toContain(name);
      if (named.length === 0) return;
      for (const question of example.reply.questions) expect(named).toContain(question.category);
    },
  );
});

describe('choosing the example', () => {
  it("takes the posting's sector, the same type and the closest level, or the neutral example", () => {
    for (const sector of SECTORS) {
      for (const interviewType of INTERVIEW_TYPES) {
        for (const experienceLevel of EXPERIENCE_LEVELS) {
          const example = selectFewShotExample({ sector, interviewType, experienceLevel });
          expect(example.sector).toBe(sector);
          expect(example.interviewType).toBe(interviewType);
        }
      }
    }
  });

  it('never shows a software example to a nurse, and always one to an engineer', () => {
    const nurse =
      'Staff nurse, acute medical ward: care for 8 patients a shift, IV medicines, NEWS2 escalation, NMC registration required.';
    for (const interviewType of INTERVIEW_TYPES) {
      expect(
        buildPrompt(request({ jobDescription: nurse, interviewType, experienceLevel: 'senior' }))[1]?.content,
      ).toContain('Senior Staff Nurse');
      expect(buildPrompt(request({ interviewType }))[1]?.content).toContain('Senior Software Engineer');
    }
  });
});

describe('few-shot prompts', () => {
  it.each(INTERVIEW_TYPES)('%s: sends the example turns before the real request', (interviewType) => {
    const messages = buildPrompt(request({ interviewType }));
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    const [, exampleUser, exampleReply] = messages;
    const example = selectFewShotExample({ sector: 'software', interviewType, experienceLevel: 'mid' });
    expect(exampleUser?.content).toContain(JOB_DESCRIPTION_OPEN_TAG);
    expect(exampleUser?.content).toContain(example.jobDescription);
    expect(exampleUser?.content).not.toMatch(/exactly \d+ question/i);
    // The example turn describes the example's own level and split, so its reply is consistent with it.
    expect(exampleUser?.content).toContain(describeLevel(example.experienceLevel));
    expect(JSON.parse(exampleReply?.content ?? '')).toEqual(example.reply);
  });

  it('keeps the example in English but asks for the requested language in the real request', () => {
    const messages = buildPrompt(request({ language: 'Italiano' }));
    expect(messages[1]?.content).toMatch(/in English\./);
    expect(messages[3]?.content).toMatch(/in Italiano\./);
  });

  it("tells the model to copy the example's rules, not its content or level", () => {
    const system = buildPrompt(request({}))[0]?.content ?? '';
    expect(system).toMatch(
      /copy its rules, depth and field quality, never its content, and calibrate difficulty to the real request's level/,
    );
  });
});
