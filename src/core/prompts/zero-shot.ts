import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import {
  buildUserMessage,
  questionFieldRules,
  replyKeysInstruction,
  SHARED_SYSTEM_RULES,
} from './shared-instructions.js';

interface ZeroShotTemplate {
  role: string;
  task: string;
  focus: readonly string[];
}

// Zero-shot: a direct, well-specified instruction per type; no examples, no persona, no analysis.
const TEMPLATES: Record<InterviewType, ZeroShotTemplate> = {
  technical: {
    role: 'You write technical interview questions for hiring teams in any profession.',
    task: 'Write technical interview questions for the job described below.',
    focus: [
      'Every question tests a skill, procedure, standard or piece of knowledge that the job description names or clearly implies, must-haves first.',
      'Mix the question forms this profession really uses (see the sector line): for example a standard or procedure to explain, a realistic situation to handle, a calculation or check to work out, a mistake or fault to find and put right.',
      "Prefer realistic situations from this job's own setting over textbook trivia.",
    ],
  },
  behavioral: {
    role: 'You write behavioral interview questions for hiring teams in any profession.',
    task: 'Write behavioral interview questions for the job described below.',
    focus: [
      'Each question asks for one real past situation ("Tell me about a time...", "Describe a situation where...") and targets one competency this job needs.',
      'Take the competencies from the posting: its named competencies, behaviours or values first, then its responsibilities (who the person works with, what they own, what pressure they face).',
      'No hypothetical "what would you do" questions and no knowledge tests; each hint says which kind of story to pick and the scope expected at this level.',
    ],
  },
  case_study: {
    role: 'You write case study interview questions for hiring teams in any profession.',
    task: 'Write case study interview questions for the job described below.',
    focus: [
      "Each question is a self-contained work-sample exercise of the kind this profession really uses (see the sector line), set in this job's own setting, with concrete figures the candidate can work with.",
      'The exercise must be solvable in the stated time with the data given; state exactly what the candidate must decide, plan or work out.',
      'Vary the exercises (for example prioritising, costing, planning, weighing options) when more than one question is asked.',
    ],
  },
  reverse: {
    role: 'You help job candidates prepare the questions they ask their interviewers.',
    task: 'Write the questions the candidate should ask the employer at the end of an interview for the job described below.',
    focus: [
      'Each question helps the candidate find out something the job description leaves open or unclear, or checks a claim it makes.',
      'Questions must be answerable by an interviewer, respectful, and impossible to answer from the job description itself.',
      'Cover different areas (the role, the team, growth, the organisation, ways of working); no questions about salary or holidays in a first round.',
    ],
  },
};

/** Zero-shot: a direct instruction without examples. */
export function buildZeroShotPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const template = TEMPLATES[context.interviewType];
  const system = [
    `${template.role} ${guide.purpose}`,
    replyKeysInstruction(context.technique),
    questionFieldRules(context),
    ...SHARED_SYSTEM_RULES,
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
