import { microUsdToUsd, usdToMicroUsd } from '../cost/price-usage.js';
import { CRITERION_NAMES } from '../practice/rubrics.js';
import type { CriterionFeedback, Feedback, PracticeAttempt, PracticeThread } from '../schemas/practice.js';
import type { Usage } from '../schemas/usage.js';
import type { StudySheetListItem } from './build-study-sheet.js';
import { formatExportDate } from './export-labels.js';
import { PRACTICE_MODE_LABELS, VERDICT_LABELS, formatDelivery, formatScore } from './practice-labels.js';

/** Heading of a question's practice attempts. */
export const PRACTICE_HEADING = 'Practice';

/**
 * One practice attempt on a study sheet: what was answered, the answer as given, the verdict and
 * delivery, each criterion's score with its quoted evidence and reasoning, then the feedback.
 */
export type StudySheetAttempt = {
  /** `Run 1, answer 2`: the second answer of the first practice run on the question. */
  heading: string;
  /** `2026-11-25 10:05 UTC · Coach mode` */
  facts: string;
  /** Set when the attempt is partial: what is missing and why. */
  notice: string | null;
  /** The question, or the follow-up this attempt answers. */
  answered: StudySheetListItem;
  answer: string;
  /** The verdict and the delivery. */
  summary: StudySheetListItem[];
  /** One item per criterion that arrived, in rubric order. */
  criteria: StudySheetListItem[];
  /** Strength, top fix, rewrite, contradictions with the profile, arithmetic, follow-up. */
  feedback: StudySheetListItem[];
};

/** The attempts on one question, thread by thread (oldest first), each thread's in turn order. */
export function studySheetAttempts(threads: readonly PracticeThread[], questionIndex: number): StudySheetAttempt[] {
  return threads
    .filter((thread) => thread.questionIndex === questionIndex)
    .flatMap((thread, threadIndex) =>
      [...thread.attempts]
        .sort((first, second) => first.turn - second.turn)
        .map((attempt) => studySheetAttempt(attempt, threadIndex + 1)),
    );
}

function studySheetAttempt(attempt: PracticeAttempt, runNumber: number): StudySheetAttempt {
  const { feedback } = attempt;
  const summary: StudySheetListItem[] = [];
  if (feedback) summary.push({ label: 'Verdict', text: verdictText(feedback) });
  summary.push({ label: 'Delivery', text: formatDelivery(attempt.delivery) });
  return {
    heading: `Run ${runNumber}, answer ${attempt.turn + 1}`,
    facts: `${formatExportDate(attempt.createdAt)} · ${PRACTICE_MODE_LABELS[attempt.mode]} mode`,
    notice: attempt.status === 'partial' ? partialNotice(attempt) : null,
    answered: { label: attempt.turn === 0 ? 'Question' : 'Follow-up', text: attempt.prompt },
    answer: attempt.answer,
    summary,
    criteria: (feedback?.criteria ?? []).map(criterionItem),
    feedback: [...feedbackItems(feedback), ...labelled('Follow-up', attempt.followUp ?? '')],
  };
}

function verdictText(feedback: Feedback): string {
  return feedback.verdict === null ? 'Not computed (no criterion was scored)' : VERDICT_LABELS[feedback.verdict];
}

function partialNotice(attempt: PracticeAttempt): string {
  const count = attempt.feedback?.criteria.length ?? 0;
  const kept =
    count === 0
      ? 'it stopped before any criterion was scored'
      : `it stopped before the feedback finished, so it holds only the ${count} criteri${count === 1 ? 'on' : 'a'} scored by then`;
  const message = attempt.error?.message.trim() ?? '';
  const reason = message ? ` Reason: ${/[.!?]$/.test(message) ? message : `${message}.`}` : '';
  return `Partial attempt: ${kept}.${reason}`;
}

/** `Trade-offs and justification: 3 · Meets the bar. Evidence: “…”; “…”. Reasoning` */
function criterionItem(criterion: CriterionFeedback): StudySheetListItem {
  const quotes = criterion.evidence.filter((quote) => quote.trim().length > 0).map((quote) => `“${quote.trim()}”`);
  const evidence = quotes.length > 0 ? ` Evidence: ${quotes.join('; ')}.` : '';
  const reasoning = criterion.reasoning.trim();
  return {
    label: CRITERION_NAMES[criterion.criterion],
    text: `${formatScore(criterion.score)}.${evidence}${reasoning ? ` ${reasoning}` : ''}`,
  };
}

function feedbackItems(feedback: Feedback | null): StudySheetListItem[] {
  if (!feedback) return [];
  const { original, improved } = feedback.rewrite;
  const rewrite = original.trim() && improved.trim() ? `“${original.trim()}” → “${improved.trim()}”` : '';
  return [
    ...labelled('Strength', feedback.strength),
    ...labelled('Top fix', feedback.topFix),
    ...labelled('Rewrite', rewrite),
    ...feedback.profileContradictions.flatMap((claim) => labelled('Contradicts your profile', claim)),
    ...feedback.arithmetic.map((check) => ({
      label: 'Arithmetic',
      text: `${check.expression}: ${check.correct ? 'correct' : `stated ${check.stated}, but it is ${check.computed}`}`,
    })),
  ];
}

function labelled(label: string, text: string): StudySheetListItem[] {
  return text.trim() ? [{ label, text: text.trim() }] : [];
}

/**
 * The tokens and cost of all practice answers of a session. The usage is null when any answer's is
 * unknown, and the cost null when any answer's price is, so an unknown never reads as $0.
 */
export function practiceUsage(threads: readonly PracticeThread[]): { attempts: number; usage: Usage | null } {
  const usages = threads.flatMap((thread) => thread.attempts).map((attempt) => attempt.usage);
  const known = usages.filter((usage): usage is Usage => usage !== null);
  if (known.length === 0 || known.length < usages.length) return { attempts: usages.length, usage: null };
  const sum = (pick: (usage: Usage) => number) => known.reduce((total, usage) => total + pick(usage), 0);
  const unpriced = known.some((usage) => usage.costUsd === null);
  return {
    attempts: usages.length,
    usage: {
      inputTokens: sum((usage) => usage.inputTokens),
      cachedTokens: sum((usage) => usage.cachedTokens),
      outputTokens: sum((usage) => usage.outputTokens),
      reasoningTokens: sum((usage) => usage.reasoningTokens),
      costUsd: unpriced ? null : microUsdToUsd(sum((usage) => usdToMicroUsd(usage.costUsd ?? 0))),
      model: known[0]?.model ?? '',
    },
  };
}
