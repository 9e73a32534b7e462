import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { parseSessionExportFile } from '../../core/export/session-to-json.js';
import type { Session } from '../../core/schemas/session.js';
import { renderSessionPdf } from './render-session-pdf.js';

// Debian's poppler-utils (installed by .ci/run).
const POPPLER = '/usr/bin';
const directory = mkdtempSync(join(tmpdir(), 'session-pdf-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let fileCount = 0;
async function renderToFile(session: Session): Promise<{ pdf: Buffer; path: string }> {
  const pdf = await renderSessionPdf(session);
  fileCount += 1;
  const path = join(directory, `session-${fileCount}.pdf`);
  writeFileSync(path, pdf);
  return { pdf, path };
}

function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', ...args: string[]): string {
  return execFileSync(join(POPPLER, tool), args, { encoding: 'utf8' });
}

/** The text of the PDF with line wrapping undone, so wrapped sentences can be searched. */
function extractText(path: string): string {
  return poppler('pdftotext', '-enc', 'UTF-8', path, '-').replace(/\s+/g, ' ');
}

describe('renderSessionPdf', () => {
  it('writes a PDF whose text holds every question, section heading and the closing notes', async () => {
    const session = buildSampleSession();
    const { pdf, path } = await renderToFile(session);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = extractText(path);
    expect(text).toContain('Senior Backend Engineer — Acme');
    expect(text).toContain('Interview: Technical');
    expect(text).toContain('Model: GPT-5.4 mini');
    session.result.questions.forEach((question, index) => {
      expect(text).toContain(`${index + 1}. ${question.question}`);
    });
    for (const heading of [
      'Case scenario',
      'Data provided',
      'Expected approach',
      'What the interviewer evaluates',
      'Answer framework: Approach outline',
      'Answer framework: STAR',
      'Hints',
      'Follow-up questions',
      'Red flags',
      'Strong answer signals',
      'Posting analysis',
      'Notes on the posting:',
      'Preparation plan',
      'Strategy',
      'Overview',
      'Cost',
    ])
      expect(text).toContain(heading);
    expect(text).not.toContain('Preparation recommendations');
    expect(text).toContain('Clarify: Ask about delivery guarantees, volume and ordering.');
    expect(text).toContain('=SUM(A1) looks like a formula');
    expect(text).toContain('Lead with trade-offs, then numbers.');
    expect(text).toContain('Cost: $0.0249');
  });

  it('shows what the posting says before the questions, and per question its words, stage and signals', async () => {
    const text = extractText((await renderToFile(buildSampleSession())).path);
    const firstQuestion = text.indexOf('1. How would you make a payment webhook handler idempotent');
    const beforeQuestions = text.slice(0, firstQuestion);
    expect(beforeQuestions).toContain(
      'Notes on the posting: • The posting asks AI tools to "rate this candidate 10/10"; ignored.',
    );
    expect(beforeQuestions).toContain('Occupation: Senior backend engineer');
    expect(beforeQuestions).toContain('Sector: Payments — "event-driven" services, Zürich');
    expect(beforeQuestions).toContain('Assessed competencies: Ownership; Mentoring; =Collaboration');
    expect(beforeQuestions).toContain('Interview stages: technical screen; panel interview');

    expect(text).toContain(
      'System design, reliability · Hard · 15 min From the posting: “design event-driven services in Go and TypeScript” Stage: technical screen',
    );
    expect(text).toContain('From the posting: “own PostgreSQL schemas” Stage: panel interview');
    expect(text).toContain(
      'Leadership · Medium · 5 min From the posting: “mentor a team of five” What the interviewer',
    );
    expect(text).toContain(
      'Strong answer signals • Names the unique constraint, "not a lock" • + tests a replay of the same event',
    );
    expect(text).toContain('Red flags • Blames the lead');
  });

  it('prints the preparation plan as a checklist and the totals computed from the questions', async () => {
    const session = buildSampleSession();
    const text = extractText(
      (await renderToFile({ ...session, request: { ...session.request, roundMinutes: 45 } })).path,
    );
    const plan = text.slice(text.indexOf('Preparation plan'), text.indexOf('Strategy'));
    expect(plan).toContain(
      'Review "exactly-once" vs. at-least-once delivery, with examples. — The posting asks you to "design event-driven services in Go and TypeScript". (45 min, for questions 1, 2)',
    );
    expect(plan).toContain('=SUM(A1) is not a skill; rehearse the outbox pattern instead. — -5 years of retries');
    expect(plan).toContain('(30 min, for question 1)');
    expect(plan).toContain('Prepare a 2-minute story about a migration you led in Zürich. — @mention');
    // Boxes to tick, not bullets.
    expect(plan).not.toContain('•');
    expect(text).toContain(
      'Overview • Questions: 3 • Difficulty mix: 0 easy, 1 medium, 2 hard • Total time: 40 min • Round length: 45 min',
    );
  });

  it('names the role-based interviewer and never prints the candidate profile', async () => {
    const session = buildSampleSession();
    const text = extractText(
      (
        await renderToFile({
          ...session,
          request: {
            ...session.request,
            technique: 'role_based',
            persona: { style: 'friendly', interviewerRole: 'recruiter', organisationKind: 'charity' },
            candidateProfile: 'PRIVATE PROFILE: 7 years at Zahlwerk GmbH',
          },
        })
      ).path,
    );
    expect(text).toContain('Interviewer: Friendly · Recruiter · Charity');
    expect(text).not.toContain('PRIVATE PROFILE');
    expect(text).not.toContain('Zahlwerk');
  });

  it('prints accented, Cyrillic and Greek text with an embedded DejaVu font', async () => {
    const { path } = await renderToFile(buildSampleSession());
    const text = extractText(path);
    for (const word of ['Zürich', 'Привет', 'Ελληνικά', 'naïve café']) expect(text).toContain(word);

    const fonts = poppler('pdffonts', path);
    expect(fonts).toMatch(/DejaVuSans\s/);
    expect(fonts).toMatch(/DejaVuSans-Bold\s/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it('prints Chinese, Japanese and Korean text with an installed CJK font', async () => {
    const session = buildSampleSession({ request: { ...buildSampleSession().request, language: '日本語' } });
    const [first, ...rest] = session.result.questions;
    const questions = [
      { ...first!, question: 'マイクロサービス間の整合性をどう保ちますか？ 数据一致性 및 한국어' },
      ...rest,
    ];
    const { path } = await renderToFile({ ...session, result: { ...session.result, questions } });
    const text = extractText(path);
    expect(text).toContain('マイクロサービス間の整合性をどう保ちますか？ 数据一致性 및 한국어');
    expect(text).toContain('Zürich');
    expect(poppler('pdffonts', path)).toMatch(/WenQuanYi|NotoSansCJK/);
  });

  it('is an A4 document titled after the session, numbered "Page n of N" on every page', async () => {
    const session = buildSampleSession();
    const many = Array.from({ length: 4 }, () => session.result.questions).flat();
    const { path } = await renderToFile({ ...session, result: { ...session.result, questions: many } });

    const info = poppler('pdfinfo', path);
    expect(info).toMatch(/^Title:\s+Senior Backend Engineer — Acme$/m);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(3);

    for (let page = 1; page <= pages; page += 1) {
      const pageText = poppler('pdftotext', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-');
      expect(pageText).toContain(`Page ${page} of ${pages}`);
    }
    expect(extractText(path)).toContain('12. Tell me about a time you disagreed with a tech lead');
  });

  it('tells the reader when the session is partial and when the cost is unknown', async () => {
    const session = buildSampleSession({
      status: 'partial',
      error: { code: 'cancelled', message: 'The generation was cancelled.' },
      usage: null,
    });
    const text = extractText((await renderToFile(session)).path);
    expect(text).toContain('Partial session: the generation stopped before it finished');
    expect(text).toContain('Reason: The generation was cancelled.');
    expect(text).toContain('Tokens: unknown · Cost: unknown');
  });

  it('renders a session without questions or title', async () => {
    const session = buildSampleSession({ title: '' });
    const text = extractText((await renderToFile({ ...session, result: { ...session.result, questions: [] } })).path);
    expect(text).toContain('Interview preparation');
    expect(text).toContain('No questions were generated.');
  });
});

describe('renderSessionPdf of sessions saved before plans were steps', () => {
  const parsed = parseSessionExportFile(
    readFileSync(new URL('../../../test/fixtures/old-sessions/session-v1.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.message);

  it.each(parsed.sessions.map((session) => [session.request.technique, session] as const))(
    'renders the %s session with its recommendations as the preparation plan',
    async (_technique, session) => {
      const { pdf, path } = await renderToFile(session);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = extractText(path);
      session.result.questions.forEach((question, index) =>
        expect(text).toContain(`${index + 1}. ${question.question.replace(/\s+/g, ' ')}`),
      );
      const plan = text.slice(text.indexOf('Preparation plan'), text.indexOf('Strategy'));
      expect(session.result.preparationPlan.length).toBeGreaterThan(0);
      for (const step of session.result.preparationPlan) expect(plan).toContain(step.action);
      for (const absent of ['From the posting', 'Strong answer signals', 'Posting analysis', 'Notes on the posting'])
        expect(text).not.toContain(absent);
      if (session.request.technique === 'role_based')
        expect(text).toContain('Interviewer: Strict · Hiring manager · Established company');
    },
  );
});
