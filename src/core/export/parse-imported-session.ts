import { z } from 'zod';
import { MAX_QUESTION_COUNT } from '../schemas/generation-request.js';
import { upgradeEarlierResult } from '../schemas/generation-result.js';
import type { Question } from '../schemas/question.js';
import {
  ImportedQuestionSchema,
  ImportedSessionSchema,
  TOO_MANY_QUESTIONS_MESSAGE,
  type Session,
} from '../schemas/session.js';
import { PracticeOutlineSchema, parseImportedPractice } from './parse-imported-practice.js';

export type ImportedSessionParse = { ok: true; session: Session } | { ok: false; issues: z.core.$ZodIssue[] };

/**
 * The session with its questions and practice threads left for parseImportedSession to check one
 * by one. A result
 * saved before preparation plans were steps is upgraded first, as ImportedSessionSchema does.
 */
const SessionWithoutQuestionsSchema = ImportedSessionSchema.extend({
  result: z.preprocess(
    upgradeEarlierResult,
    ImportedSessionSchema.shape.result.out.extend({
      questions: z.array(z.unknown()).max(MAX_QUESTION_COUNT, TOO_MANY_QUESTIONS_MESSAGE),
    }),
  ),
  practice: PracticeOutlineSchema,
});

/**
 * Checks one session of an import file against ImportedSessionSchema, in stages: everything but
 * the questions and practice, then each question, stopping at the first that fails, then the
 * practice threads (see parseImportedPractice). A zod issue costs about
 * 20 microseconds, and a file of 10 MB can hold a million wrong values: checked at once, they took
 * minutes; this way a session costs a few milliseconds at most, whatever it holds. The issues'
 * paths are relative to the session.
 */
export function parseImportedSession(value: unknown): ImportedSessionParse {
  const outline = SessionWithoutQuestionsSchema.safeParse(value);
  const issues: z.core.$ZodIssue[] = outline.success ? [] : [...outline.error.issues];
  const questions: Question[] = [];
  for (const [index, question] of questionsOf(value).entries()) {
    const parsed = ImportedQuestionSchema.safeParse(question);
    if (!parsed.success) {
      issues.push(
        ...parsed.error.issues.map((issue) => ({ ...issue, path: ['result', 'questions', index, ...issue.path] })),
      );
      break;
    }
    questions.push(parsed.data);
  }
  if (!outline.success || issues.length > 0) return { ok: false, issues };
  const practice = parseImportedPractice(isRecord(value) ? value['practice'] : undefined, questions.length);
  if (!practice.ok) return { ok: false, issues: practice.issues };
  return {
    ok: true,
    session: { ...outline.data, result: { ...outline.data.result, questions }, practice: practice.threads },
  };
}

/** The questions to check one by one: none when the list is missing or too long (the outline says so). */
function questionsOf(value: unknown): readonly unknown[] {
  const result = isRecord(value) ? value['result'] : undefined;
  const questions = isRecord(result) ? result['questions'] : undefined;
  return Array.isArray(questions) && questions.length <= MAX_QUESTION_COUNT ? questions : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
