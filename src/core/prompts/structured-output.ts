import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import { difficultySplit } from './difficulty-split.js';
import {
  buildUserMessage,
  questionFieldRules,
  replyKeysInstruction,
  SHARED_SYSTEM_RULES,
} from './shared-instructions.js';

const ROLES: Record<InterviewType, string> = {
  technical: 'You produce a complete, machine-readable technical interview kit as strict JSON, for any profession.',
  behavioral: 'You produce a complete, machine-readable behavioral interview kit as strict JSON, for any profession.',
  case_study: 'You produce a complete, machine-readable case interview kit as strict JSON, for any profession.',
  reverse:
    'You produce a complete, machine-readable set of questions for a candidate to ask an employer, as strict JSON.',
};

/**
 * Structured output: the strictest instructions. The response schema itself (sent with the
 * request, each field described in it) is the contract: no prose copy of it that could drift.
 */
export function buildStructuredOutputPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const split = difficultySplit(context);
  const contract = [
    `Output contract: ${replyKeysInstruction(context.technique)} No Markdown, no code fences, no comments. Every key the schema lists is required and no other key is allowed; use null only where the schema allows it (stage, when the posting states no stages).`,
    "Each field's meaning is in the schema's description: follow it exactly.",
  ].join('\n');
  const check = [
    'Before you finish, check:',
    `- there are exactly ${context.questionCount} questions, with the difficulty counts {"easy": ${split.easy}, "medium": ${split.medium}, "hard": ${split.hard}};`,
    `- every answerFramework.kind is "${guide.frameworkKind}";`,
    '- every basedOn is copied word for word from the posting;',
    '- every question has 2-4 strongAnswerSignals and 2-4 redFlags;',
    '- every preparationPlan step quotes the posting in because and names real question numbers in forQuestions.',
  ].join('\n');
  const system = [
    `${ROLES[context.interviewType]} ${guide.purpose}`,
    contract,
    questionFieldRules(context),
    check,
    ...SHARED_SYSTEM_RULES,
  ].join('\n\n');
  const user = buildUserMessage(context, {
    task: `Produce the ${guide.name} kit for the job described below, following the output contract exactly.`,
    closing: 'Return only the JSON object.',
  });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
