import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import type { Question } from '../../core/schemas/question.js';
import type { Session } from '../../core/schemas/session.js';
import { renderSessionExport } from './render-session-export.js';

// PDF exports go through renderSessionExport, which renders in a worker thread
// (render-session-pdf-in-worker.ts): the layout itself is tested in render-session-pdf.test.ts.

/** How much longer than idle the event loop may stall while a PDF renders ("a few tens of ms"). */
const MAX_ADDED_LAG_MS = 50;

const directory = mkdtempSync(join(tmpdir(), 'session-pdf-worker-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function pdfText(pdf: Buffer | string): string {
  const path = join(directory, `export-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** 20 questions with long texts (every list 10 items of about 600 characters): 760 KB of JSON. */
function buildLargeSession(): Session {
  const session = buildSampleSession();
  const long = (label: string) => `${label}: ${'a long sentence about trade-offs, numbers and people, '.repeat(11)}`;
  const items = (label: string) => Array.from({ length: 10 }, (_, index) => long(`${label} ${index + 1}`));
  const questions: Question[] = Array.from({ length: 20 }, (_, index) => {
    const template = session.result.questions[index % session.result.questions.length]!;
    return {
      ...template,
      question: `Question ${index + 1}: ${long('scenario')}`,
      evaluates: items('evaluates'),
      answerFramework: {
        ...template.answerFramework,
        steps: items('step').map((guidance, step) => ({ label: `Step ${step + 1}`, guidance })),
      },
      hints: items('hint'),
      followUps: items('follow-up'),
      strongAnswerSignals: items('strong answer signal'),
      redFlags: items('red flag'),
    };
  });
  return { ...session, result: { ...session.result, questions } };
}

/** Runs `work` and returns the longest the event loop stalled meanwhile, in ms. */
async function longestStallDuring(work: () => Promise<unknown>): Promise<{ lagMs: number; tookMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // The histogram records from its second tick on: let it start before the work does.
  await sleep(50);
  const startedAt = performance.now();
  await work();
  const tookMs = performance.now() - startedAt;
  await sleep(20);
  histogram.disable();
  return { lagMs: histogram.max / 1e6, tookMs };
}

describe('renderSessionExport as PDF (in a worker thread)', () => {
  it('renders the session', async () => {
    const session = buildSampleSession();
    const exported = await renderSessionExport(session, 'pdf');
    expect(exported).toMatchObject({ contentType: 'application/pdf', filename: expect.stringMatching(/\.pdf$/) });
    expect(Buffer.isBuffer(exported.body)).toBe(true);
    const text = pdfText(exported.body);
    session.result.questions.forEach((question, index) => expect(text).toContain(`${index + 1}. ${question.question}`));
    // What the posting says, per question and before them, and the plan cross the thread too.
    expect(text).toContain('From the posting: “design event-driven services in Go and TypeScript”');
    expect(text).toContain('Strong answer signals');
    expect(text).toContain('Occupation: Senior backend engineer');
    expect(text).toContain('Preparation plan Review "exactly-once" vs. at-least-once delivery');
  });

  // The machine's own noise (other test files and processes compete for the CPU) is measured
  // next, idle, and allowed for; rendering on the loop stalls it for seconds each time.
  it('keeps the event loop responsive while a large session renders', { retry: 2 }, async () => {
    // The first export starts the worker; a server does that once.
    await renderSessionExport(buildSampleSession(), 'pdf');
    const session = buildLargeSession();
    let exported: Awaited<ReturnType<typeof renderSessionExport>> | undefined;
    const rendering = await longestStallDuring(async () => {
      exported = await renderSessionExport(session, 'pdf');
    });
    const idle = await longestStallDuring(() => sleep(Math.min(rendering.tookMs, 2_000)));
    const figures = `stalled ${rendering.lagMs.toFixed(1)} ms rendering for ${rendering.tookMs.toFixed(0)} ms, ${idle.lagMs.toFixed(1)} ms idle`;
    // Long enough to matter: on the event loop it would stall everything for as long.
    expect(rendering.tookMs).toBeGreaterThan(300);
    expect(rendering.lagMs, figures).toBeLessThan(idle.lagMs + MAX_ADDED_LAG_MS);
    expect(pdfText(exported!.body)).toContain('20. Question 20: scenario');
  });

  it('renders exports asked for at once, and one that fails does not stop the others', async () => {
    const session = buildSampleSession();
    const broken = { ...session, result: { ...session.result, questions: null } } as unknown as Session;
    const [first, failed, second] = await Promise.allSettled([
      renderSessionExport({ ...session, title: 'First export' }, 'pdf'),
      renderSessionExport(broken, 'pdf'),
      renderSessionExport({ ...session, title: 'Second export' }, 'pdf'),
    ]);
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: /could not be rendered/ } });
    for (const [result, title] of [
      [first, 'First export'],
      [second, 'Second export'],
    ] as const) {
      expect(result.status).toBe('fulfilled');
      if (result.status === 'fulfilled') expect(pdfText(result.value.body)).toContain(title);
    }
  });
});
