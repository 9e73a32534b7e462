import { AppError } from '../../core/errors.js';
import { feedbackOutputSchemaFor } from '../../core/practice/feedback-output-schema.js';
import { overallVerdict } from '../../core/practice/overall-verdict.js';
import { verifyEvidence } from '../../core/practice/verify-evidence.js';
import { extractJsonDocument } from '../../core/parsing/extract-json-document.js';
import type { InterviewType } from '../../core/schemas/generation-request.js';
import {
  CRITERIA_BY_TYPE,
  CriterionFeedbackSchema,
  type ArithmeticCheck,
  type CriterionFeedback,
  type Feedback,
} from '../../core/schemas/practice.js';
import type { StructuredOutputEnd } from '../../llm/structured-output-request.js';

/**
 * One streamed criterion, checked: of this type's rubric, not scored before, and with its quotes
 * verified against the answer (a score without a real quote becomes "no evidence"). Null when it
 * does not fit; the whole-reply check then reports it.
 */
export function readCriterion(
  interviewType: InterviewType,
  value: unknown,
  answer: string,
  scored: readonly CriterionFeedback[],
): CriterionFeedback | null {
  const parsed = CriterionFeedbackSchema.safeParse(value);
  if (!parsed.success) return null;
  const criteria: readonly string[] = CRITERIA_BY_TYPE[interviewType];
  const { criterion } = parsed.data;
  if (!criteria.includes(criterion) || scored.some((entry) => entry.criterion === criterion)) return null;
  return verifyEvidence([parsed.data], answer)[0] ?? null;
}

/** The feedback so far when the call stopped early: the criteria it had, nothing else. */
export function partialFeedback(criteria: CriterionFeedback[], arithmetic: ArithmeticCheck[]): Feedback | null {
  if (criteria.length === 0) return null;
  return {
    criteria,
    strength: '',
    topFix: '',
    rewrite: { original: '', improved: '' },
    profileContradictions: [],
    verdict: overallVerdict(criteria),
    arithmetic,
  };
}

function unusableReplyError(end: StructuredOutputEnd): AppError {
  if (end.refusal) {
    return new AppError('output_invalid', {
      message: `The model declined to score the answer: "${end.refusal.slice(0, 200)}". Try again.`,
    });
  }
  if (end.finishReason === null) {
    return new AppError('upstream_unavailable', {
      message: 'The connection to the AI service ended before the feedback was complete. Try again in a moment.',
    });
  }
  return new AppError('output_invalid', {
    message: 'The model replied in a shape the app could not read as feedback. Try again, or choose a different model.',
  });
}

/**
 * The whole reply, validated against the type's feedback schema, with every quote verified and
 * the verdict computed in code; throws output_invalid (or upstream_unavailable for a cut reply).
 */
export function readFeedbackReply(
  interviewType: InterviewType,
  end: StructuredOutputEnd,
  answer: string,
  arithmetic: ArithmeticCheck[],
): { feedback: Feedback; followUp: string } {
  const document = extractJsonDocument(end.text);
  const parsed = feedbackOutputSchemaFor(interviewType).safeParse(document);
  if (document === undefined || !parsed.success) throw unusableReplyError(end);
  const reply = parsed.data as Omit<Feedback, 'verdict' | 'arithmetic'> & { followUp: string };
  const checked = reply.criteria.map((entry) => CriterionFeedbackSchema.safeParse(entry));
  if (!checked.every((entry) => entry.success)) throw unusableReplyError(end);
  const criteria = verifyEvidence(
    checked.map((entry) => entry.data!),
    answer,
  );
  return {
    feedback: {
      criteria,
      strength: reply.strength,
      topFix: reply.topFix,
      rewrite: reply.rewrite,
      profileContradictions: reply.profileContradictions,
      verdict: overallVerdict(criteria),
      arithmetic,
    },
    followUp: reply.followUp,
  };
}
