import { describe, expect, it } from 'vitest';
import { buildPracticeSession } from '../../../test/fixtures/sample-practice.js';
import { sessionAttemptsToCsv } from '../../core/export/session-attempts-to-csv.js';
import { sessionToCsv } from '../../core/export/session-to-csv.js';
import { renderSessionExport } from './render-session-export.js';

describe('renderSessionExport', () => {
  const session = buildPracticeSession();

  it('keeps csv at one row per question', async () => {
    expect(await renderSessionExport(session, 'csv')).toEqual({
      contentType: 'text/csv; charset=utf-8',
      filename: 'senior-backend-engineer-acme_technical_2026-11-25.csv',
      body: sessionToCsv(session),
    });
  });

  it('writes attempts-csv, one row per practice attempt, under a name ending in -attempts', async () => {
    expect(await renderSessionExport(session, 'attempts-csv')).toEqual({
      contentType: 'text/csv; charset=utf-8',
      filename: 'senior-backend-engineer-acme_technical_2026-11-25-attempts.csv',
      body: sessionAttemptsToCsv(session),
    });
  });
});
