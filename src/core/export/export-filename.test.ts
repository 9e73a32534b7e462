import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { textArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import type { Session } from '../schemas/session.js';
import { MAX_FILENAME_ROLE_CHARS, exportFilename } from './export-filename.js';

function sessionTitled(title: string, interviewType: Session['request']['interviewType'] = 'technical'): Session {
  const session = buildSampleSession({ title });
  return { ...session, request: { ...session.request, interviewType } };
}

describe('exportFilename', () => {
  it('names the role, the interview type and the date', () => {
    expect(exportFilename(buildSampleSession(), 'pdf')).toBe('senior-backend-engineer-acme_technical_2026-11-25.pdf');
    expect(exportFilename(buildSampleSession(), 'md')).toBe('senior-backend-engineer-acme_technical_2026-11-25.md');
  });

  it('ends the date with a suffix that tells apart two exports of the same extension', () => {
    expect(exportFilename(buildSampleSession(), 'csv', { suffix: 'attempts' })).toBe(
      'senior-backend-engineer-acme_technical_2026-11-25-attempts.csv',
    );
    expect(exportFilename(buildSampleSession(), 'csv', { suffix: '../A B' })).toBe(
      'senior-backend-engineer-acme_technical_2026-11-25-a-b.csv',
    );
  });

  it('writes the interview type with hyphens so underscores only separate the parts', () => {
    expect(exportFilename(sessionTitled('Strategy Consultant', 'case_study'), 'csv')).toBe(
      'strategy-consultant_case-study_2026-11-25.csv',
    );
  });

  it('drops diacritics and keeps the base letters', () => {
    expect(exportFilename(sessionTitled('Développeuse Full-Stack à Zürich (Straße)'), 'json')).toBe(
      'developpeuse-full-stack-a-zurich-strasse_technical_2026-11-25.json',
    );
    expect(exportFilename(sessionTitled('Inżynier — Łódź, Ørsted'), 'pdf')).toBe(
      'inzynier-lodz-orsted_technical_2026-11-25.pdf',
    );
  });

  it('falls back to a generic name when the title has no Latin letters or is empty', () => {
    expect(exportFilename(sessionTitled('Программист'), 'pdf')).toBe('interview-prep_technical_2026-11-25.pdf');
    expect(exportFilename(sessionTitled('   '), 'pdf')).toBe('interview-prep_technical_2026-11-25.pdf');
  });

  it('shortens a long title at a word boundary', () => {
    const name = exportFilename(
      sessionTitled('Principal Distributed Systems Engineer for Payments Infrastructure and Developer Experience'),
      'pdf',
    );
    expect(name).toBe('principal-distributed-systems-engineer-for_technical_2026-11-25.pdf');
  });

  it('never contains path separators, quotes or dot segments', () => {
    const name = exportFilename(sessionTitled('../../etc/passwd "x" \\ C:\\Windows\'s <job>'), '../p"df');
    expect(name).toBe('etc-passwd-x-c-windows-s-job_technical_2026-11-25.pdf');
  });

  it('is always a non-empty name of safe characters with a short role part', () => {
    fc.assert(
      fc.property(textArbitrary(), fc.constantFrom('pdf', 'md', 'csv', 'json'), (title, extension) => {
        const name = exportFilename(sessionTitled(title), extension);
        expect(name).toMatch(/^[a-z0-9][a-z0-9-]*_technical_2026-11-25\.(pdf|md|csv|json)$/);
        expect(name.split('_')[0]?.length).toBeLessThanOrEqual(MAX_FILENAME_ROLE_CHARS);
        expect(name).not.toMatch(/--|-_/);
      }),
      { numRuns: 300 },
    );
  });
});
