import { describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { FUTURE_DATE_SLACK_MS } from '../../core/schemas/session-limits.js';
import { clampFutureDates } from './clamp-future-dates.js';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const at = (id: string, createdAt: string) => buildSampleSession({ id, createdAt });

describe('clampFutureDates', () => {
  it('dates sessions from the future now, a millisecond apart in their own order, and counts them', () => {
    const sessions = [
      at('past', '2026-11-30T09:00:00.000Z'),
      at('far', '2099-06-01T00:00:00.000Z'),
      at('later', '2030-01-01T00:00:00.000Z'),
    ];
    const { sessions: dated, clamped } = clampFutureDates(sessions, NOW);
    expect(clamped).toBe(2);
    expect(dated.map((session) => [session.id, session.createdAt])).toEqual([
      ['past', '2026-11-30T09:00:00.000Z'],
      ['far', '2026-12-01T12:00:00.000Z'],
      ['later', '2026-12-01T11:59:59.999Z'],
    ]);
    expect(sessions[1]?.createdAt).toBe('2099-06-01T00:00:00.000Z');
  });

  it('leaves dates within the slack as they are', () => {
    const soon = new Date(NOW + FUTURE_DATE_SLACK_MS).toISOString();
    expect(clampFutureDates([at('soon', soon)], NOW)).toEqual({ sessions: [at('soon', soon)], clamped: 0 });
  });
});
