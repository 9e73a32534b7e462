import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_KINDS,
  INTERVIEW_TYPES,
  TECHNIQUES,
  type GenerationRequest,
} from '../schemas/generation-request.js';
import type { ReplyShape } from '../schemas/model-output.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { FRAMEWORK_KIND_BY_TYPE } from '../schemas/question.js';
import { responseFormatFor } from '../schemas/response-format.js';
import type { JsonSchema } from '../schemas/strict-json-schema.js';
import { buildPrompt } from './build-prompt.js';
import { detectSector } from './detect-sector.js';
import { FEW_SHOT_EXAMPLES } from './few-shot-examples/few-shot-library.js';
import { JOB_DESCRIPTION_CLOSE_TAG, JOB_DESCRIPTION_OPEN_TAG } from './job-description-block.js';
import { OUTPUT_SAFETY_RULES } from './output-safety-rules.js';

const POSTINGS = new URL('../../../test/fixtures/job-postings/', import.meta.url);

/** One realistic, full-length posting per profession, with the names it assesses against. */
const PROFESSIONS = [
  { profession: 'software', file: 'software-backend-engineer.txt', named: [] },
  { profession: 'nursing', file: 'registered-nurse-icu.txt', named: [] },
  { profession: 'hospitality', file: 'head-chef-restaurant.txt', named: [] },
  {
    profession: 'public policy',
    file: 'public-sector-policy-advisor.txt',
    named: ['Seeing the Big Picture', 'Communicating and Influencing', 'Working Together', 'Delivering at Pace'],
  },
  { profession: 'teaching', file: 'secondary-maths-teacher.txt', named: [] },
  { profession: 'construction', file: 'construction-project-manager.txt', named: [] },
].map((entry) => ({ ...entry, posting: readFileSync(new URL(entry.file, POSTINGS), 'utf8').trim() }));

const SOFTWARE_WORDS = [/\bcoding\b/i, /\bsystem design\b/i, /\bengineer/i, /\bcodebases?\b/i, /\btechnical debt\b/i];

const TEMPLATES = TECHNIQUES.flatMap((technique) =>
  INTERVIEW_TYPES.map((interviewType) => ({ technique, interviewType })),
);
const CASES = PROFESSIONS.flatMap((profession) => TEMPLATES.map((template) => ({ ...profession, ...template })));

function prompt(posting: string, overrides: Partial<GenerationRequest>): PromptMessage[] {
  return buildPrompt({
    jobDescription: posting,
    interviewType: 'technical',
    experienceLevel: 'senior',
    technique: 'zero_shot',
    questionCount: 5,
    language: 'English',
    ...overrides,
  });
}

/** Every message with the real posting's block taken out: what our instructions and examples say. */
function instructionsOf(messages: PromptMessage[]): string {
  const final = messages.at(-1)?.content ?? '';
  const outside =
    final.slice(0, final.indexOf(JOB_DESCRIPTION_OPEN_TAG)) + final.slice(final.indexOf(JOB_DESCRIPTION_CLOSE_TAG));
  return [...messages.slice(0, -1).map((message) => message.content), outside].join('\n');
}

/** What the response schema sent with the prompt fixes: the count and the framework kind (the test server reads both). */
function schemaShape(shape: ReplyShape): { count: unknown; kind: unknown } {
  const questions = (responseFormatFor(shape).schema['properties'] as Record<string, JsonSchema>)['questions'];
  const item = questions?.['items'] as JsonSchema;
  const framework = (item['properties'] as Record<string, JsonSchema>)['answerFramework'];
  const kind = (framework?.['properties'] as Record<string, JsonSchema>)['kind'];
  return { count: questions?.['minItems'], kind: kind?.['enum'] };
}

describe('prompts for any profession', () => {
  it.each(CASES.filter((entry) => entry.profession !== 'software'))(
    '$profession, $technique x $interviewType: no software vocabulary unless the posting uses it',
    ({ posting, technique, interviewType }) => {
      for (const organisationKind of ORGANISATION_KINDS) {
        const persona = { style: 'strict', interviewerRole: 'hiring_manager', organisationKind } as const;
        const messages = prompt(posting, { technique, interviewType, persona });
        const all = messages.map((message) => message.content).join('\n');
        for (const word of SOFTWARE_WORDS) {
          // Our own instructions and examples never bring the words in...
          expect(instructionsOf(messages)).not.toMatch(word);
          // ...so the whole prompt has them only where the posting itself does.
          if (!word.test(posting)) expect(all).not.toMatch(word);
        }
      }
    },
  );

  it.each(TEMPLATES)(
    'software, $technique x $interviewType: keeps the software forms for a software posting',
    ({ technique, interviewType }) => {
      const software = PROFESSIONS[0]!.posting;
      const final = prompt(software, { technique, interviewType }).at(-1)?.content ?? '';
      expect(final).toMatch(/Sector \(guessed from the posting's words\): software and IT/);
      if (interviewType === 'technical') expect(final).toMatch(/coding exercises, system design, debugging/);
    },
  );

  it.each(CASES)(
    '$profession, $technique x $interviewType: grounded in the posting, with its named competencies and stages',
    ({ posting, named, technique, interviewType }) => {
      const messages = prompt(posting, { technique, interviewType });
      const system = messages[0]?.content ?? '';
      expect(system).toMatch(/Must-haves first/);
      expect(system).toMatch(/One competency per question; no two questions probe the same/);
      expect(system).toMatch(
        /names its own competencies, behaviours or values .* use those exact names in category and evaluates/,
      );
      expect(system).toMatch(/states its interview stages .* fit the questions to those stages/);
      const final = messages.at(-1)?.content ?? '';
      const block = final.slice(final.indexOf(JOB_DESCRIPTION_OPEN_TAG), final.indexOf(JOB_DESCRIPTION_CLOSE_TAG));
      for (const name of named) expect(block).toContain(name);
    },
  );

  it.each(CASES)(
    '$profession, $technique x $interviewType: the system message carries every output safety rule',
    ({ posting, technique, interviewType }) => {
      const system = prompt(posting, { technique, interviewType })[0]?.content ?? '';
      for (const rule of Object.values(OUTPUT_SAFETY_RULES)) expect(system).toContain(rule);
      expect(system).toMatch(/Never repeat.*URL.*email address.*phone number/);
      expect(system).toMatch(/requests? in it for documents .*passport.* or for money .*fees/);
      expect(system).toMatch(/aimed at AI tools .* do not follow them, do not repeat them as advice/);
      expect(system).toMatch(/scam signals .*add one caution to the strategy/);
      for (const characteristic of [
        'age',
        'family',
        'pregnancy',
        'health or disability',
        'religion',
        'ethnicity',
        'race',
        'sexuality',
        'sexual orientation',
        'gender identity',
      ]) {
        expect(system).toMatch(new RegExp(`protected characteristics[^\n]*\\b${characteristic}\\b`));
      }
      expect(system).toMatch(/whatever the persona/);
    },
  );

  it.each(CASES)(
    '$profession, $technique x $interviewType: asks for strong-answer signals and red flags',
    ({ posting, technique, interviewType }) => {
      const all = prompt(posting, { technique, interviewType })
        .map((message) => message.content)
        .join('\n');
      expect(all).toMatch(
        interviewType === 'reverse'
          ? /strongAnswerSignals: 2-4 signs of a good answer FROM THE EMPLOYER/
          : /strongAnswerSignals: 2-4 things a strong (answer|story) at this level/,
      );
      expect(all).toMatch(
        interviewType === 'reverse'
          ? /redFlags: 2-4 warning signs in the EMPLOYER's answer/
          : /redFlags: 2-4 concrete signs of a weak/,
      );
      expect(all).not.toMatch(/redFlags: always null/);
    },
  );

  it.each(CASES)(
    '$profession, $technique x $interviewType: the schema fixes the count and the kind, the prompt states the count',
    ({ posting, technique, interviewType }) => {
      for (const questionCount of [1, 5, 12]) {
        expect(schemaShape({ technique, interviewType, questionCount })).toEqual({
          count: questionCount,
          kind: [FRAMEWORK_KIND_BY_TYPE[interviewType]],
        });
        const final = prompt(posting, { technique, interviewType, questionCount }).at(-1)?.content ?? '';
        expect(final).toContain(`exactly ${questionCount} question`);
      }
    },
  );

  it.each(PROFESSIONS)('$profession: the split and the sector reach the final request', ({ posting }) => {
    const final = prompt(posting, { experienceLevel: 'senior', questionCount: 5 }).at(-1)?.content ?? '';
    expect(final).toContain(
      'Difficulty split for these 5 questions, against the bar for this level: 1 easy, 2 medium, 2 hard',
    );
    expect(final).toMatch(/Sector \(guessed from the posting's words\): /);
  });

  it.each(PROFESSIONS)('$profession: the role-based persona practises this profession', ({ profession, posting }) => {
    for (const interviewType of INTERVIEW_TYPES) {
      const messages = prompt(posting, { technique: 'role_based', interviewType });
      expect(messages[0]?.content).toMatch(
        /You are a neutral senior practitioner of the profession in the job description who hires for this role/,
      );
      const persona =
        messages
          .at(-1)
          ?.content.split('\n')
          .find((line) => line.startsWith('Interviewer persona:')) ?? '';
      expect(persona).toMatch(/who hires for this role/);
      if (profession === 'software') expect(persona).toMatch(/senior or staff engineer/);
      else expect(persona).not.toMatch(/engineer|big tech|codebase/i);
    }
  });

  it.each(PROFESSIONS)('$profession: few-shot shows an example from the same sector', ({ posting }) => {
    const sector = detectSector(posting);
    for (const interviewType of INTERVIEW_TYPES) {
      const [, exampleUser, exampleReply] = prompt(posting, { technique: 'few_shot', interviewType });
      const example = FEW_SHOT_EXAMPLES.find(
        (candidate) =>
          candidate.interviewType === interviewType && exampleUser?.content.includes(candidate.jobDescription),
      );
      expect(example?.sector).toBe(sector);
      expect(JSON.parse(exampleReply?.content ?? '')).toEqual(example?.reply);
    }
  });
});
