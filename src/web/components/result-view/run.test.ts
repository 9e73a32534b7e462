import { describe, expect, it } from 'vitest';
import { createPendingRun } from './create-pending-run.js';
import { regenerateRequest } from './run.js';

const request = {
  jobDescription: 'Ward nurse (Band 5)\nAcute medical ward, 12-hour shifts, NMC registration',
  candidateProfile: 'Newly qualified; placements in A&E and cardiology.',
  interviewType: 'behavioral',
  experienceLevel: 'junior',
  technique: 'few_shot',
  questionCount: 4,
} as const;

describe('regenerateRequest', () => {
  it('sends the same request, profile included, naming the saved session so its questions are not repeated', () => {
    const run = { ...createPendingRun(request, 4), sessionId: 'session-b' };
    expect(regenerateRequest(run)).toEqual({ ...request, previousSessionId: 'session-b' });
  });

  it("names this run's session, not the one it was itself regenerated from; none when it was never saved", () => {
    const regenerated = createPendingRun({ ...request, previousSessionId: 'session-a' }, 4);
    expect(regenerateRequest({ ...regenerated, sessionId: 'session-b' }).previousSessionId).toBe('session-b');
    expect(regenerateRequest(regenerated)).not.toHaveProperty('previousSessionId');
  });
});
