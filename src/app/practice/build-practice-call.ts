import {
  buildExplainPrompt,
  buildFeedbackPrompt,
  type FeedbackPromptContext,
} from '../../core/practice/build-feedback-prompt.js';
import { feedbackResponseFormatFor } from '../../core/practice/feedback-output-schema.js';
import type { ArithmeticCheck, CriterionFeedback, Delivery } from '../../core/schemas/practice.js';
import type { StructuredOutputRequest } from '../../llm/structured-output-request.js';
import type { TextRequest } from '../../llm/text-request.js';
import type { PracticeTarget } from './find-practice-target.js';

/** Visible output tokens for the feedback on one answer (six criteria with quotes, then the rest). */
export const FEEDBACK_OUTPUT_TOKENS = 2_500;
/** Visible output tokens for a "Why this score?" explanation. */
export const EXPLAIN_OUTPUT_TOKENS = 500;
/** Scoring is judgement against anchors: little randomness, so the same answer scores alike. */
const SCORING_TEMPERATURE = 0.2;

/** What the prompts need from the session, the thread and the answer. */
export function feedbackContextFor(
  target: Pick<PracticeTarget, 'session' | 'question' | 'prompt' | 'earlierTurns'>,
  answer: { answer: string; delivery: Delivery; arithmetic: ArithmeticCheck[] },
): FeedbackPromptContext {
  const { session } = target;
  return {
    interviewType: session.request.interviewType,
    experienceLevel: session.request.experienceLevel,
    language: session.request.language,
    persona: session.request.persona ?? null,
    postingAnalysis: session.result.postingAnalysis,
    jobDescription: session.request.jobDescription,
    question: target.question,
    answered: target.prompt,
    earlierTurns: target.earlierTurns,
    answer: answer.answer,
    candidateProfile: session.request.candidateProfile ?? null,
    arithmetic: answer.arithmetic,
    delivery: answer.delivery,
  };
}

/** The model call that scores one answer: the rubric's prompt, the type's strict schema, criteria streamed. */
export function buildFeedbackCall(context: FeedbackPromptContext, model: string): StructuredOutputRequest {
  const { name, schema } = feedbackResponseFormatFor(context.interviewType);
  return {
    model,
    messages: buildFeedbackPrompt(context),
    responseFormat: { name, schema },
    elementPath: 'criteria',
    maxOutputTokens: FEEDBACK_OUTPUT_TOKENS,
    temperature: SCORING_TEMPERATURE,
  };
}

/** The plain-text call that explains one criterion's score against its quoted evidence. */
export function buildExplainCall(
  context: FeedbackPromptContext,
  criterion: CriterionFeedback,
  model: string,
): TextRequest {
  return {
    model,
    messages: buildExplainPrompt({ ...context, criterion }),
    maxOutputTokens: EXPLAIN_OUTPUT_TOKENS,
    temperature: SCORING_TEMPERATURE,
  };
}
