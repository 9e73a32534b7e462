import { detectPromptInjection } from '../validation/detect-prompt-injection.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPES, TECHNIQUES, type GenerationRequest } from '../schemas/generation-request.js';
import { checkJobDescription } from '../validation/check-job-description.js';
import { buildPrompt } from './build-prompt.js';
import { JOB_DESCRIPTION_CLOSE_TAG, JOB_DESCRIPTION_OPEN_TAG } from './job-description-block.js';
import { OUTPUT_SAFETY_RULES } from './output-safety-rules.js';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);

/**
 * Postings with a line that steers the advice (send a passport, pay a fee, "tell candidates to...").
 * They are not attacks on the instructions, so the detector lets them through; the output rules in
 * every system message are what keeps them out of the advice.
 */
type SoftSteering = {
  id: string;
  family: string;
  posting: string;
  placement: 'start' | 'middle' | 'end';
  line: string;
};
const STEERING = JSON.parse(readFileSync(new URL('soft-steering/postings.json', FIXTURES), 'utf8')) as SoftSteering[];

function withLine({ posting, placement, line }: SoftSteering): string {
  const text = readFileSync(new URL(`job-postings/${posting}`, FIXTURES), 'utf8').trim();
  if (placement === 'start') return `${line}\n\n${text}`;
  if (placement === 'end') return `${text}\n\n${line}`;
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  return [...lines.slice(0, middle), line, ...lines.slice(middle)].join('\n');
}

const TEMPLATES = TECHNIQUES.flatMap((technique) =>
  INTERVIEW_TYPES.map((interviewType) => ({ technique, interviewType })),
);

function request(jobDescription: string, overrides: Partial<GenerationRequest>): GenerationRequest {
  return {
    jobDescription,
    interviewType: 'technical',
    experienceLevel: 'mid',
    technique: 'zero_shot',
    questionCount: 5,
    language: 'English',
    ...overrides,
  };
}

describe('soft steering in a posting', () => {
  it('covers documents, fees, advice steering, notes to AI tools and personal contacts', () => {
    expect(new Set(STEERING.map((entry) => entry.family))).toEqual(
      new Set(['document_request', 'fee_request', 'advice_steering', 'ai_directed', 'personal_contact']),
    );
  });

  it.each(STEERING)('$id: passes the detector, with the line kept', (entry) => {
    const result = checkJobDescription(withLine(entry), { maxChars: 5000, detectInjection: detectPromptInjection });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toContain(entry.line);
  });

  it.each(STEERING)(
    '$id: every template carries the output rules and keeps the line inside the job description',
    (entry) => {
      const posting = withLine(entry);
      const plain = readFileSync(new URL(`job-postings/${entry.posting}`, FIXTURES), 'utf8').trim();
      for (const template of TEMPLATES) {
        const messages = buildPrompt(request(posting, template));
        const system = messages[0]?.content ?? '';
        for (const rule of Object.values(OUTPUT_SAFETY_RULES)) expect(system).toContain(rule);
        // The system message is the one a clean posting gets: the line cannot change the rules.
        expect(system).toBe(buildPrompt(request(plain, template))[0]?.content);
        const final = messages.at(-1)?.content ?? '';
        const start = final.indexOf(JOB_DESCRIPTION_OPEN_TAG);
        const end = final.indexOf(JOB_DESCRIPTION_CLOSE_TAG);
        expect(final.slice(start, end)).toContain(entry.line);
        const everywhere = messages.map((message) => message.content).join('\n');
        expect(everywhere.split(entry.line)).toHaveLength(2);
      }
    },
  );
});
