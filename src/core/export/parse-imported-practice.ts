import { z } from 'zod';
import { MAX_THREAD_ATTEMPTS, PracticeAttemptSchema, PracticeThreadSchema } from '../schemas/practice.js';
import type { PracticeThread } from '../schemas/practice.js';
import { importedUsageSchema } from '../schemas/session.js';
import { MAX_PRACTICE_THREADS } from '../schemas/session-limits.js';

export type ImportedPracticeParse = { ok: true; threads: PracticeThread[] } | { ok: false; issues: z.core.$ZodIssue[] };

export const TOO_MANY_THREADS_MESSAGE = `A session has at most ${MAX_PRACTICE_THREADS} practice runs.`;
const TOO_MANY_ATTEMPTS_MESSAGE = `A practice run has at most ${MAX_THREAD_ATTEMPTS} answers.`;

/** An attempt as an import file may hold it: tokens and cost bounded like a session's own. */
const ImportedAttemptSchema = PracticeAttemptSchema.extend({ usage: importedUsageSchema('An answer').nullable() });

/** A thread with its attempts left to check one by one. */
const ThreadOutlineSchema = PracticeThreadSchema.extend({
  attempts: z.array(z.unknown()).max(MAX_THREAD_ATTEMPTS, TOO_MANY_ATTEMPTS_MESSAGE),
});

/** The session's `practice` list as an import file may hold it, its threads checked by parseImportedPractice. */
export const PracticeOutlineSchema = z
  .array(z.unknown())
  .max(MAX_PRACTICE_THREADS, TOO_MANY_THREADS_MESSAGE)
  .default([]);

/**
 * Checks the practice threads of an imported session, thread by thread and attempt by attempt,
 * stopping at the first that fails (as parseImportedSession does for questions, so a crafted file
 * costs milliseconds), and that they hang together: each thread is on a question the session has,
 * its attempts belong to it and are numbered 0, 1, 2... in order, and no id is used twice. Issue
 * paths are relative to the session. A list that is missing or too long gives no threads here
 * (PracticeOutlineSchema reports it).
 */
export function parseImportedPractice(value: unknown, questionCount: number): ImportedPracticeParse {
  const listed = Array.isArray(value) && value.length <= MAX_PRACTICE_THREADS ? value : [];
  const threads: PracticeThread[] = [];
  const usedIds = new Set<string>();
  for (const [threadIndex, thread] of listed.entries()) {
    const path = ['practice', threadIndex];
    const outline = ThreadOutlineSchema.safeParse(thread);
    if (!outline.success) return failure(outline.error.issues, path);
    const attempts: PracticeThread['attempts'] = [];
    for (const [turn, attempt] of outline.data.attempts.entries()) {
      const parsed = ImportedAttemptSchema.safeParse(attempt);
      if (!parsed.success) return failure(parsed.error.issues, [...path, 'attempts', turn]);
      attempts.push(parsed.data);
    }
    const problem = inconsistency({ ...outline.data, attempts }, questionCount, usedIds);
    if (problem) return failure([{ code: 'custom', path: problem.path, message: problem.message }], path);
    threads.push({ ...outline.data, attempts });
  }
  return { ok: true, threads };
}

type Inconsistency = { path: PropertyKey[]; message: string };

function inconsistency(thread: PracticeThread, questionCount: number, usedIds: Set<string>): Inconsistency | null {
  if (thread.questionIndex >= questionCount) {
    const has = `the session has ${questionCount} question${questionCount === 1 ? '' : 's'}`;
    return { path: ['questionIndex'], message: `Question ${thread.questionIndex + 1} does not exist: ${has}.` };
  }
  if (usedIds.has(thread.id)) return { path: ['id'], message: 'This id is used twice in the session.' };
  usedIds.add(thread.id);
  for (const [turn, attempt] of thread.attempts.entries()) {
    const path = ['attempts', turn];
    if (attempt.threadId !== thread.id)
      return { path: [...path, 'threadId'], message: 'An answer must name the practice run that holds it.' };
    if (attempt.turn !== turn)
      return { path: [...path, 'turn'], message: `The answers of a practice run are numbered 0, 1, 2... in order.` };
    if (usedIds.has(attempt.id)) return { path: [...path, 'id'], message: 'This id is used twice in the session.' };
    usedIds.add(attempt.id);
  }
  return null;
}

function failure(issues: readonly z.core.$ZodIssue[], path: readonly PropertyKey[]): ImportedPracticeParse {
  return { ok: false, issues: issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })) };
}
