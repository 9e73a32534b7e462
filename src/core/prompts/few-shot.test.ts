import { describe, expect, it } from 'vitest';
import { EXPERIENCE_LEVELS, INTERVIEW_TYPES, type GenerationRequest } from '../schemas/generation-request.js';
import { BaseModelOutputSchema } from '../schemas/model-output.js';
import { buildPrompt } from './build-prompt.js';
import { fewShotExampleFor } from './few-shot.js';
import { JOB_DESCRIPTION_OPEN_TAG } from './job-description-block.js';

const KIND_BY_TYPE = { technical: 'approach', behavioral: 'star', case_study: 'case_structure', reverse: 'why_ask' } as const;

const CASES = INTERVIEW_TYPES.flatMap((interviewType) =>
  EXPERIENCE_LEVELS.map((experienceLevel) => ({ interviewType, experienceLevel })),
);

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

describe('few-shot prompts', () => {
  it.each(CASES)('$interviewType / $experienceLevel: sends example turns before the real request', (options) => {
    const messages = buildPrompt(request(options));
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    const [, exampleUser, exampleReply] = messages;
    const example = fewShotExampleFor(options);
    expect(exampleUser?.content).toContain(JOB_DESCRIPTION_OPEN_TAG);
    expect(exampleUser?.content).toContain(example.jobDescription);
    expect(exampleUser?.content).not.toMatch(/exactly \d+ question/i);
    expect(JSON.parse(exampleReply?.content ?? '')).toEqual(example.reply);
  });

  it.each(CASES)('$interviewType / $experienceLevel: the example reply is valid base output that fits the type', (options) => {
    const reply = JSON.parse(buildPrompt(request(options))[2]?.content ?? '');
    const parsed = BaseModelOutputSchema.safeParse(reply);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    if (!parsed.success) return;
    const output = parsed.data;
    expect(output.questions.length).toBeGreaterThan(0);
    expect(output.recommendations.length).toBeGreaterThanOrEqual(3);
    expect(output.strategy.length).toBeGreaterThan(50);
    for (const question of output.questions) {
      expect(question.answerFramework.kind).toBe(KIND_BY_TYPE[options.interviewType]);
      expect(question.answerFramework.steps.length).toBeGreaterThanOrEqual(2);
      expect(question.redFlags).toBeNull();
      expect(question.evaluates.length).toBeGreaterThan(0);
      expect(question.hints.length).toBeGreaterThan(0);
      expect(question.followUps.length).toBeGreaterThan(0);
      if (options.interviewType === 'case_study') {
        expect(question.caseStudy?.dataProvided.length).toBeGreaterThanOrEqual(3);
      } else {
        expect(question.caseStudy).toBeNull();
      }
      if (options.interviewType === 'behavioral') {
        expect(question.answerFramework.steps.map((step) => step.label)).toEqual(['Situation', 'Task', 'Action', 'Result']);
      }
    }
  });

  it.each(INTERVIEW_TYPES)('%s: each level gets its own example job and reply', (interviewType) => {
    const prompts = EXPERIENCE_LEVELS.map((experienceLevel) => buildPrompt(request({ interviewType, experienceLevel })));
    expect(new Set(prompts.map((messages) => messages[1]?.content)).size).toBe(EXPERIENCE_LEVELS.length);
    expect(new Set(prompts.map((messages) => messages[2]?.content)).size).toBe(EXPERIENCE_LEVELS.length);
  });

  it('uses harder example questions for lead than for junior candidates', () => {
    const score = { easy: 1, medium: 2, hard: 3 } as const;
    for (const interviewType of INTERVIEW_TYPES.filter((type) => type !== 'reverse')) {
      const average = (experienceLevel: 'junior' | 'lead') => {
        const questions = fewShotExampleFor({ interviewType, experienceLevel }).reply.questions;
        return questions.reduce((sum, question) => sum + score[question.difficulty], 0) / questions.length;
      };
      expect(average('lead')).toBeGreaterThan(average('junior'));
    }
  });

  it('keeps the example in English but asks for the requested language in the real request', () => {
    const messages = buildPrompt(request({ language: 'Italiano' }));
    expect(messages[1]?.content).toMatch(/in English\./);
    expect(messages[3]?.content).toMatch(/in Italiano\./);
  });
});
