import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFollowUpThread, buildPracticeSession } from '../../../test/fixtures/sample-practice.js';
import { CRITERION_NAMES } from '../../core/practice/rubrics.js';
import type { Session } from '../../core/schemas/session.js';
import { renderSessionPdf } from './render-session-pdf.js';

const directory = mkdtempSync(join(tmpdir(), 'practice-pdf-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let fileCount = 0;
/** The PDF's page count and its text without page footers and with line wrapping undone, so wrapped sentences can be searched. */
async function renderText(session: Session): Promise<{ pages: number; text: string }> {
  fileCount += 1;
  const path = join(directory, `practice-${fileCount}.pdf`);
  writeFileSync(path, await renderSessionPdf(session));
  const info = execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' });
  const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const footers = /Senior Backend Engineer — Acme Page \d+ of \d+ /g;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text: text.replace(/\s+/g, ' ').replace(footers, '') };
}

describe('renderSessionPdf with practice', () => {
  // Rendered once: setting a PDF takes a second or two.
  let sample: { pages: number; text: string };
  beforeAll(async () => {
    sample = await renderText(buildPracticeSession());
  });

  it('prints each question’s attempts with the answer, verdict, delivery, scores and feedback', async () => {
    const { text } = sample;
    const first = text.slice(text.indexOf('1. How would you make'), text.indexOf('2. Case: the checkout'));
    expect(first).toContain('Practice Run 1, answer 1 2026-11-26 08:00 UTC · Coach mode');
    expect(first).toContain('Question: How would you make a payment webhook handler idempotent');
    expect(first).toContain(
      'Answer: Um, first I would ask how often the provider retries. Then I store the event id with a UNIQUE constraint',
    );
    expect(first).toContain('=SUM(A1) <script>alert(1)</script> # not a heading.');
    expect(first).toContain('Verdict: Borderline');
    expect(first).toContain(
      'Delivery: Typed · 2 min 05 s · 34 words · 16 words per minute · 2 filler words (um 1, like 1)',
    );
    expect(first).toContain(
      `Scores: • ${CRITERION_NAMES.clarifies_problem}: 3 · Meets the bar. Evidence: “I would ask how often the provider retries”.`,
    );
    expect(first).toContain(`${CRITERION_NAMES.trade_offs}: No evidence. No trade-off is named.`);
    expect(first).toContain('Feedback: • Strength: You start by asking how often the provider retries.');
    expect(first).toContain('Rewrite: “Then I store the event id');
    expect(first).toContain('Follow-up: What happens if the handler crashes right after the insert?');
    expect(first).toContain('Run 1, answer 2 2026-11-26 08:04 UTC · Coach mode Follow-up: What happens if');
    expect(first).toContain('longest pause 3.4 s');
  });

  it('marks a partial attempt with its reason', async () => {
    const { text } = sample;
    const second = text.slice(text.indexOf('2. Case: the checkout'), text.indexOf('3. Tell me about a time'));
    expect(second).toContain(
      'Run 1, answer 1 2026-11-26 09:00 UTC · Interview mode Partial attempt: it stopped before the feedback finished, ' +
        'so it holds only the 2 criteria scored by then. Reason: You cancelled the feedback.',
    );
    expect(second).toContain('Arithmetic: 2,400 / 900 = 2.7: correct');
    expect(text).toContain('Practice (3 answers): 6,200 input tokens');
  });

  it('prints a long answer in full, wrapped over the pages it needs', async () => {
    const thread = buildFollowUpThread();
    const [attempt] = thread.attempts;
    const long = Array.from({ length: 400 }, (_, index) => `Sentence ${index + 1} of my answer.`).join(' ');
    const short = sample;
    const { pages, text } = await renderText(
      buildPracticeSession({ practice: [{ ...thread, attempts: [{ ...attempt!, answer: long }] }] }),
    );
    expect(text).toContain(long);
    expect(pages).toBeGreaterThan(short.pages);
  });
});
