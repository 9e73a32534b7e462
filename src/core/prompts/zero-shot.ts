import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import { buildUserMessage, DATA_ONLY_RULE, questionFieldRules, SPECIFICITY_RULE } from './shared-instructions.js';

interface ZeroShotTemplate {
  role: string;
  task: string;
  focus: readonly string[];
}

// Zero-shot: a direct, well-specified instruction per type; no examples, no persona, no analysis.
const TEMPLATES: Record<InterviewType, ZeroShotTemplate> = {
  technical: {
    role: 'You write technical interview questions for hiring teams.',
    task: 'Write technical interview questions for the job described below.',
    focus: [
      'Every question tests a skill, technology or problem that the job description actually names or clearly implies.',
      'Mix question forms: a concept to explain, a problem to solve or code, a design to sketch, a failure to debug.',
      'Prefer realistic scenarios from this job\'s domain over textbook puzzles.',
    ],
  },
  behavioral: {
    role: 'You write behavioral interview questions for hiring teams.',
    task: 'Write behavioral interview questions for the job described below.',
    focus: [
      'Each question asks for one real past situation ("Tell me about a time...", "Describe a situation where...") and targets one competency this job needs.',
      'Derive the competencies from the responsibilities in the job description (who the person works with, what they own, what pressure they face).',
      'No hypothetical "what would you do" questions and no questions about technical knowledge.',
    ],
  },
  case_study: {
    role: 'You write case study interview questions for hiring teams.',
    task: 'Write case study interview questions for the job described below.',
    focus: [
      'Each question is a self-contained case set in the industry and function of this job, with concrete numbers the candidate can compute with.',
      'The case must be solvable in the stated time with the data given; state exactly what the candidate must decide or estimate.',
      'Vary the case kinds (for example profitability, growth, pricing, operations) when more than one question is asked.',
    ],
  },
  reverse: {
    role: 'You help job candidates prepare the questions they ask their interviewers.',
    task: 'Write the questions the candidate should ask the employer at the end of an interview for the job described below.',
    focus: [
      'Each question helps the candidate find out something the job description leaves open or unclear, or checks a claim it makes.',
      'Questions must be answerable by an interviewer, respectful, and impossible to answer from the job description itself.',
      'Cover different areas (the role, the team, growth, the business, ways of working); no questions about salary or holidays in a first round.',
    ],
  },
};

/** Zero-shot: a direct instruction without examples. */
export function buildZeroShotPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const template = TEMPLATES[context.interviewType];
  const system = [
    `${template.role} ${guide.purpose}`,
    'Reply with one JSON object with the keys "questions", "recommendations" and "strategy", and nothing else.',
    questionFieldRules(context, 'null'),
    SPECIFICITY_RULE,
    DATA_ONLY_RULE,
  ].join('\n\n');
  const user = buildUserMessage(context, {
    task: template.task,
    guidance: template.focus.map((line) => `- ${line}`),
    closing: 'Answer directly with the JSON object.',
  });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
