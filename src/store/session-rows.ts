import { microUsdToUsd, usdToMicroUsd } from '../core/cost/price-usage.js';
import type { Session, SessionSummary } from '../core/schemas/session.js';
import { titleFromJobDescription } from '../core/sessions/title-from-job-description.js';
import { latestActivity } from './latest-activity.js';

export type SummaryRow = {
  id: string;
  created_at: string;
  title: string;
  status: SessionSummary['status'];
  interview_type: SessionSummary['interviewType'];
  experience_level: SessionSummary['experienceLevel'];
  technique: SessionSummary['technique'];
  model: string;
  question_count: number;
  cost_micro_usd: number | null;
  /** The sum of its attempts' known costs; null when none is known (or there is none). */
  practice_cost_micro_usd: number | null;
};

/**
 * The `sessions` row of a validated session. Its practice threads are kept in `practice_attempts`,
 * so `data` holds the session without them.
 */
export function toSessionRow(ownerId: string, session: Session, nowMs: number) {
  const costUsd = session.usage?.costUsd ?? null;
  const attemptDates = session.practice.flatMap((thread) => thread.attempts.map((attempt) => attempt.createdAt));
  return {
    owner_id: ownerId,
    id: session.id,
    // Normalized so that text order is time order ("…00Z" would sort after "…00.500Z").
    created_at: new Date(session.createdAt).toISOString(),
    last_activity_at: latestActivity([session.createdAt, ...attemptDates], nowMs),
    title: summaryTitle(session),
    status: session.status,
    interview_type: session.request.interviewType,
    experience_level: session.request.experienceLevel,
    technique: session.request.technique,
    model: session.model,
    question_count: session.result.questions.length,
    cost_micro_usd: costUsd === null ? null : usdToMicroUsd(costUsd),
    data: JSON.stringify({ ...session, practice: [] }),
  };
}

function summaryTitle(session: Session): string {
  return session.title.trim() || titleFromJobDescription(session.request.jobDescription);
}

export function toSummary(row: SummaryRow): SessionSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    title: row.title,
    status: row.status,
    interviewType: row.interview_type,
    experienceLevel: row.experience_level,
    technique: row.technique,
    model: row.model,
    questionCount: row.question_count,
    costUsd: totalCostUsd(row.cost_micro_usd, row.practice_cost_micro_usd),
  };
}

/**
 * The generation's cost plus its attempts', in dollars: the sum of the parts whose cost is known,
 * and null (shown as unknown, never as $0) only when no part has a known cost.
 */
function totalCostUsd(generationMicroUsd: number | null, practiceMicroUsd: number | null): number | null {
  if (generationMicroUsd === null && practiceMicroUsd === null) return null;
  return microUsdToUsd((generationMicroUsd ?? 0) + (practiceMicroUsd ?? 0));
}
