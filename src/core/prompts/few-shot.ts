import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { BEHAVIORAL_EXAMPLES } from './few-shot-examples/behavioral-examples.js';
import { CASE_STUDY_EXAMPLES } from './few-shot-examples/case-study-examples.js';
import type { FewShotExample, FewShotExamples } from './few-shot-examples/example-helpers.js';
import { REVERSE_EXAMPLES } from './few-shot-examples/reverse-examples.js';
import { TECHNICAL_EXAMPLES } from './few-shot-examples/technical-examples.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import { buildUserMessage, DATA_ONLY_RULE, questionFieldRules, SPECIFICITY_RULE } from './shared-instructions.js';

interface FewShotTemplate {
  examples: FewShotExamples;
  role: string;
  /** What the model should copy from the example, and what it must not copy. */
  lesson: string;
  task: string;
}

const TEMPLATES: Record<InterviewType, FewShotTemplate> = {
  technical: {
    examples: TECHNICAL_EXAMPLES,
    role: 'You write technical interview questions in the style of the worked example you are shown.',
    lesson:
      'Learn from the example how each question names a concrete technology or problem from the posting, how the approach steps walk through a solution, and how depth rises with the level. Do not reuse its technologies unless the new job names them.',
    task: 'Write technical interview questions for this job, following the example.',
  },
  behavioral: {
    examples: BEHAVIORAL_EXAMPLES,
    role: 'You write behavioral interview questions in the style of the worked example you are shown.',
    lesson:
      'Learn from the example how each question asks for one real past situation tied to a responsibility in the posting, and how the STAR guidance is specific to the question. Do not reuse its stories or competencies unless the new job calls for them.',
    task: 'Write behavioral interview questions for this job, following the example.',
  },
  case_study: {
    examples: CASE_STUDY_EXAMPLES,
    role: 'You write case study interview questions in the style of the worked example you are shown.',
    lesson:
      'Learn from the example how each case is set in the job\'s own business, gives concrete numbers in dataProvided, and explains in expectedApproach what a strong answer does with them. Invent a new case for the new job; never reuse the example\'s industry or figures unless they fit.',
    task: 'Write case study questions for this job, following the example.',
  },
  reverse: {
    examples: REVERSE_EXAMPLES,
    role: 'You help candidates prepare the questions they ask an employer, in the style of the worked example you are shown.',
    lesson:
      'Learn from the example how each question checks something the posting promises or leaves vague, and how evaluates says what the employer\'s answer reveals. Write new questions for the new posting; do not copy the example\'s questions.',
    task: 'Write the questions the candidate should ask the employer for this job, following the example.',
  },
};

/** The example for a context, as a user turn with its job description and an assistant JSON reply. */
function exampleTurns(context: PromptContext, example: FewShotExample, task: string): PromptMessage[] {
  const exampleContext: PromptContext = {
    ...context,
    language: 'English',
    questionCount: example.reply.questions.length,
    jobDescription: example.jobDescription,
  };
  return [
    { role: 'user', content: buildUserMessage(exampleContext, { task, closing: 'Reply with the JSON object.', example: true }) },
    { role: 'assistant', content: JSON.stringify(example.reply) },
  ];
}

/** The worked example few-shot sends for an interview type and level. */
export function fewShotExampleFor(context: Pick<PromptContext, 'interviewType' | 'experienceLevel'>): FewShotExample {
  return TEMPLATES[context.interviewType].examples[context.experienceLevel];
}

/** Few-shot: a worked example for this type and level as example turns, then the real request. */
export function buildFewShotPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const template = TEMPLATES[context.interviewType];
  const system = [
    `${template.role} ${guide.purpose}`,
    `${template.lesson} The example is for the same level as the real request; it is written in English, while your reply follows the language the final request names.`,
    'Reply with one JSON object with the keys "questions", "recommendations" and "strategy", exactly like the example reply, and nothing else.',
    questionFieldRules(context, 'null'),
    SPECIFICITY_RULE,
    DATA_ONLY_RULE,
  ].join('\n\n');
  const user = buildUserMessage(context, {
    task: template.task,
    guidance: ['Match the example\'s depth and field quality, but base everything on this job description.'],
    closing: 'Reply with the JSON object, in the same shape as the example.',
  });
  return [
    { role: 'system', content: system },
    ...exampleTurns(context, fewShotExampleFor(context), template.task),
    { role: 'user', content: user },
  ];
}
