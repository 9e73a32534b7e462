import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import { difficultySplit } from './difficulty-split.js';
import { buildUserMessage, SHARED_SYSTEM_RULES } from './shared-instructions.js';

interface StructuredTemplate {
  role: string;
  focusAreas: string;
}

const TEMPLATES: Record<InterviewType, StructuredTemplate> = {
  technical: {
    role: 'You produce a complete, machine-readable technical interview kit as strict JSON, for any profession.',
    focusAreas:
      'the role-specific skills the set covers, in the posting\'s own words (for example "medication safety", "allergen control").',
  },
  behavioral: {
    role: 'You produce a complete, machine-readable behavioral interview kit as strict JSON, for any profession.',
    focusAreas: 'the competencies the set covers, named as the posting names them when it does.',
  },
  case_study: {
    role: 'You produce a complete, machine-readable case interview kit as strict JSON, for any profession.',
    focusAreas: 'the work-sample problems and skills the cases cover.',
  },
  reverse: {
    role: 'You produce a complete, machine-readable set of questions for a candidate to ask an employer, as strict JSON.',
    focusAreas: 'the areas of the employer the questions investigate (for example "staffing", "growth path").',
  },
};

/** Structured output: the strictest instructions for the richest schema, every field described. */
export function buildStructuredOutputPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const template = TEMPLATES[context.interviewType];
  const split = difficultySplit(context);
  const schema = [
    'Output contract. Reply with exactly one JSON object and nothing before or after it: no Markdown, no code fences, no comments. Every key below is required; no other keys are allowed; never use null except where stated.',
    '{',
    '  "questions": [  // one object per question, in the order they should be asked',
    '    {',
    '      "question": string,  // the full question text',
    '      "category": string,  // short topic label',
    '      "difficulty": "easy" | "medium" | "hard",',
    '      "timeEstimateMinutes": number,  // whole minutes',
    '      "evaluates": string[],  // 2-4 items: the competency, then strong-answer signals',
    `      "answerFramework": { "kind": "${guide.frameworkKind}", "steps": [ { "label": string, "guidance": string } ] },`,
    '      "hints": string[],  // 1-3 items',
    '      "followUps": string[],  // 1-3 items',
    `      "caseStudy": ${context.interviewType === 'case_study' ? '{ "scenario": string, "dataProvided": string[], "expectedApproach": string }' : 'null'},`,
    '      "redFlags": string[]  // 2-4 items, never null',
    '    }',
    '  ],',
    '  "recommendations": string[],',
    '  "strategy": string,',
    '  "overview": {',
    '    "difficultyMix": { "easy": number, "medium": number, "hard": number },',
    '    "totalMinutes": number,',
    '    "focusAreas": string[]',
    '  }',
    '}',
  ].join('\n');
  const fields = [
    'Field rules:',
    `- answerFramework: ${guide.frameworkRule}`,
    `- ${guide.caseStudyRule}`,
    `- ${guide.fieldMeanings}`,
    `- category: for example ${guide.categories.map((category) => `"${category}"`).join(', ')}.`,
    `- ${guide.difficultyRule}`,
    `- ${guide.redFlagsRule}`,
    '- overview.difficultyMix: how many questions have each difficulty; easy + medium + hard must equal the number of questions.',
    "- overview.totalMinutes: the exact sum of every question's timeEstimateMinutes.",
    `- overview.focusAreas: 2-5 items, ${template.focusAreas}`,
  ].join('\n');
  const system = [
    `${template.role} ${guide.purpose}`,
    schema,
    fields,
    'Before you finish, check: the number of questions, the difficulty counts, the minute total and every answerFramework.kind.',
    ...SHARED_SYSTEM_RULES,
  ].join('\n\n');
  const user = buildUserMessage(context, {
    task: `Produce the ${guide.name} kit for the job described below, following the output contract exactly.`,
    guidance: [
      `Every answerFramework.kind is "${guide.frameworkKind}"; every question has redFlags; overview.difficultyMix must be {"easy": ${split.easy}, "medium": ${split.medium}, "hard": ${split.hard}}, the split given above.`,
    ],
    closing: 'Return only the JSON object.',
  });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
