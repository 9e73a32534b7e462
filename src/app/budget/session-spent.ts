import { usdToMicroUsd } from '../../core/cost/price-usage.js';
import type { Session } from '../../core/schemas/session.js';

/**
 * What a saved session has cost so far, in micro-dollars: its generation and every practice
 * answer (explanations are added to their answer's usage). Unknown costs count as nothing here:
 * with a budget set, a model of unknown price is refused before it runs.
 */
export function sessionSpentMicroUsd(session: Session): number {
  const costs = [
    session.usage?.costUsd,
    ...session.practice.flatMap((thread) => thread.attempts.map((attempt) => attempt.usage?.costUsd)),
  ];
  return costs.reduce<number>((total, cost) => total + (cost ? usdToMicroUsd(cost) : 0), 0);
}
