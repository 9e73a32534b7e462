import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import type { FewShotExample } from './few-shot-examples/example-helpers.js';
import { selectFewShotExample } from './few-shot-examples/few-shot-library.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import {
  buildUserMessage,
  questionFieldRules,
  replyKeysInstruction,
  SHARED_SYSTEM_RULES,
} from './shared-instructions.js';

interface FewShotTemplate {
  role: string;
  /** What the model should copy from the example, and what it must not copy. */
  lesson: string;
  task: string;
}

const TEMPLATES: Record<InterviewType, FewShotTemplate> = {
  technical: {
    role: 'You write technical interview questions for any profession, in the style of the worked example you are shown.',
    lesson:
      'Learn from the example how each question tests one must-have from the posting in the form the profession really uses, how the approach steps name the procedure, standard or figure to use, and how evaluates and redFlags say what a strong and a weak answer show.',
    task: 'Write technical interview questions for this job, following the example.',
  },
  behavioral: {
    role: 'You write behavioral interview questions for any profession, in the style of the worked example you are shown.',
    lesson:
      'Learn from the example how each question asks for one real past situation tied to one competency or value the posting names, how the STAR guidance is timed and specific to the question, and how the hints say which story to pick at this level.',
    task: 'Write behavioral interview questions for this job, following the example.',
  },
  case_study: {
    role: 'You write case study interview questions for any profession, in the style of the worked example you are shown.',
    lesson:
      "Learn from the example how each case is the work-sample exercise the profession uses, set in the job's own setting, with concrete figures in dataProvided and an expectedApproach whose arithmetic is right.",
    task: 'Write case study questions for this job, following the example.',
  },
  reverse: {
    role: 'You help candidates in any profession prepare the questions they ask an employer, in the style of the worked example you are shown.',
    lesson:
      "Learn from the example how each question checks something the posting promises or leaves vague, how evaluates says what the employer's answer reveals, and how redFlags list warning signs in that answer.",
    task: 'Write the questions the candidate should ask the employer for this job, following the example.',
  },
};

/** The example as a user turn with its own posting, level and count, and an assistant JSON reply. */
function exampleTurns(context: PromptContext, example: FewShotExample, task: string): PromptMessage[] {
  const exampleContext: PromptContext = {
    ...context,
    experienceLevel: example.experienceLevel,
    language: 'English',
    questionCount: example.reply.questions.length,
    jobDescription: example.jobDescription,
    sector: example.sector,
    sectorChosen: false,
    // The example shows the rules on its own posting; the user's profile, round length and
    // earlier questions belong to the real request only.
    candidateProfile: null,
    roundMinutes: null,
    previousQuestions: [],
  };
  return [
    {
      role: 'user',
      content: buildUserMessage(exampleContext, { task, closing: 'Reply with the JSON object.', example: true }),
    },
    { role: 'assistant', content: JSON.stringify(example.reply) },
  ];
}

/** The worked example few-shot sends: the posting's sector, the request's type, the closest level. */
export function fewShotExampleFor(
  context: Pick<PromptContext, 'interviewType' | 'experienceLevel' | 'sector'>,
): FewShotExample {
  return selectFewShotExample(context);
}

/** Few-shot: a worked example from the posting's sector as example turns, then the real request. */
export function buildFewShotPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const template = TEMPLATES[context.interviewType];
  const system = [
    `${template.role} ${guide.purpose}`,
    `${template.lesson} The example comes from the same sector as the real posting when there is one, otherwise from a neutral occupation, and may be for another occupation and level: copy its rules, depth and field quality, never its content, and calibrate difficulty to the real request's level and split. It is written in English; your reply follows the language the final request names.`,
    `${replyKeysInstruction(context.technique)} The example reply has exactly this shape.`,
    questionFieldRules(context),
    ...SHARED_SYSTEM_RULES,
  ].join('\n\n');
  const user = buildUserMessage(context, {
    task: template.task,
    guidance: ["Match the example's depth and field quality, but base everything on this job description."],
    closing: 'Reply with the JSON object, in the same shape as the example.',
  });
  return [
    { role: 'system', content: system },
    ...exampleTurns(context, fewShotExampleFor(context), template.task),
    { role: 'user', content: user },
  ];
}
