import { describe, expect, it } from 'vitest';
import {
  COMPANY_TYPES,
  DEFAULT_PERSONA,
  INTERVIEW_TYPES,
  PERSONA_STYLES,
  TECHNIQUES,
  type GenerationRequest,
} from '../schemas/generation-request.js';
import { buildPrompt } from './build-prompt.js';
import { describeTechnique } from './describe-technique.js';
import { COMPANY_CULTURES, PERSONA_STYLE_TRAITS } from './persona-traits.js';

function request(overrides: Partial<GenerationRequest>): GenerationRequest {
  return {
    jobDescription:
      'Product analyst at Heronsgate Bank: build retention dashboards in SQL and dbt, partner with product managers.',
    interviewType: 'technical',
    experienceLevel: 'senior',
    technique: 'zero_shot',
    questionCount: 6,
    language: 'English',
    ...overrides,
  };
}

function text(overrides: Partial<GenerationRequest>): string {
  return buildPrompt(request(overrides))
    .map((message) => message.content)
    .join('\n');
}

describe('chain-of-thought prompts', () => {
  it.each(INTERVIEW_TYPES)('%s: asks for the analysis first, step by step', (interviewType) => {
    const system = buildPrompt(request({ technique: 'chain_of_thought', interviewType }))[0]?.content ?? '';
    const steps = ['analysis.keyRequirements', 'analysis.levelExpectations', 'analysis.skillsToProbe'];
    const positions = steps.map((step) => system.indexOf(step));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(system).toMatch(/"analysis", "questions", "recommendations" and "strategy", in that order/);
    expect(system).toMatch(/Fill "analysis" FIRST/);
  });

  it('has no analysis step in the other techniques', () => {
    for (const technique of TECHNIQUES.filter((value) => value !== 'chain_of_thought')) {
      expect(text({ technique })).not.toMatch(/analysis\.skillsToProbe/);
    }
  });
});

describe('role-based prompts', () => {
  it.each(INTERVIEW_TYPES)('%s: reflects the persona style and the company culture', (interviewType) => {
    const system = buildPrompt(
      request({ technique: 'role_based', interviewType, persona: { style: 'strict', companyType: 'public_sector' } }),
    )[0]?.content;
    expect(system).toContain(PERSONA_STYLE_TRAITS.strict);
    expect(system).toContain(COMPANY_CULTURES.public_sector.culture);
    expect(system).toMatch(/You are a strict .* at a public sector organisation/);
    // A practitioner of the posting's own profession, never one profession for every job.
    expect(system).toMatch(/senior practitioner of the profession in the job description who hires for this role/);
  });

  it('gives every style x company type its own prompt', () => {
    const prompts = PERSONA_STYLES.flatMap((style) =>
      COMPANY_TYPES.map((companyType) => text({ technique: 'role_based', persona: { style, companyType } })),
    );
    expect(new Set(prompts).size).toBe(PERSONA_STYLES.length * COMPANY_TYPES.length);
  });

  it('uses the default persona when none is given', () => {
    const withoutPersona = text({ technique: 'role_based', persona: undefined });
    expect(withoutPersona).toBe(text({ technique: 'role_based', persona: { ...DEFAULT_PERSONA } }));
    expect(withoutPersona).toContain(PERSONA_STYLE_TRAITS[DEFAULT_PERSONA.style]);
  });

  it('ignores the persona in the other techniques', () => {
    for (const technique of TECHNIQUES.filter((value) => value !== 'role_based')) {
      expect(text({ technique, persona: { style: 'strict', companyType: 'startup' } })).toBe(
        text({ technique, persona: { style: 'friendly', companyType: 'nonprofit' } }),
      );
    }
  });
});

describe('structured-output prompts', () => {
  it.each(INTERVIEW_TYPES)('%s: describes every field of the richest schema', (interviewType) => {
    const system = buildPrompt(request({ technique: 'structured_output', interviewType }))[0]?.content ?? '';
    for (const field of [
      'question',
      'category',
      'difficulty',
      'timeEstimateMinutes',
      'evaluates',
      'answerFramework',
      'hints',
      'followUps',
      'caseStudy',
      'redFlags',
      'recommendations',
      'strategy',
      'overview',
      'difficultyMix',
      'totalMinutes',
      'focusAreas',
    ]) {
      expect(system).toContain(`"${field}"`);
    }
    expect(system).toMatch(/easy \+ medium \+ hard must equal the number of questions/);
    expect(system).toMatch(/totalMinutes: the exact sum of every question's timeEstimateMinutes/);
    expect(system).toMatch(/"redFlags": string\[\] .*never null/);
  });

  it('asks for red flags in every technique, not only here', () => {
    for (const technique of TECHNIQUES) {
      for (const interviewType of INTERVIEW_TYPES) {
        const prompt = text({ technique, interviewType });
        expect(prompt).toMatch(/redFlags: 2-4 .*never null/);
        expect(prompt).not.toMatch(/redFlags: always null/);
      }
    }
  });

  it('asks for the computed difficulty split in the overview', () => {
    expect(text({ technique: 'structured_output', experienceLevel: 'senior', questionCount: 5 })).toMatch(
      /overview\.difficultyMix must be \{"easy": 1, "medium": 2, "hard": 2\}/,
    );
  });

  it("tells the candidate that reverse red flags are warning signs in the employer's answer, in every technique", () => {
    for (const technique of TECHNIQUES)
      expect(text({ technique, interviewType: 'reverse' })).toMatch(/warning signs in the EMPLOYER's answer/);
  });
});

describe('zero-shot prompts', () => {
  it('sends only a system and a user message, with no example reply', () => {
    for (const interviewType of INTERVIEW_TYPES) {
      const messages = buildPrompt(request({ technique: 'zero_shot', interviewType }));
      expect(messages.map((message) => message.role)).toEqual(['system', 'user']);
    }
  });
});

describe('describeTechnique', () => {
  it('gives each technique its own short line', () => {
    const lines = TECHNIQUES.map(describeTechnique);
    expect(new Set(lines).size).toBe(TECHNIQUES.length);
    for (const line of lines) expect(line.length).toBeLessThan(120);
  });
});
