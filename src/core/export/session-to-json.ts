import type { z } from 'zod';
import { SessionExportFileSchema, type Session, type SessionExportFile } from '../schemas/session.js';
import { MAX_IMPORTED_SESSIONS } from '../schemas/session-limits.js';
import { parseImportedSession } from './parse-imported-session.js';

export const SESSION_EXPORT_FORMAT = 'interview-prep.sessions';
export const SESSION_EXPORT_VERSION = 1;
/** How many schema problems an import error lists before summarising the rest. */
const MAX_LISTED_ISSUES = 3;

export type SessionExportParseResult = { ok: true; sessions: Session[] } | { ok: false; message: string };

/** One session as a pretty-printed export file (the same format "export all" writes). */
export function sessionToJson(session: Session, options: { exportedAt?: Date } = {}): string {
  return sessionsToJson([session], options);
}

/** Sessions as a pretty-printed export file that parseSessionExportFile reads back. */
export function sessionsToJson(sessions: readonly Session[], options: { exportedAt?: Date } = {}): string {
  const file: SessionExportFile = {
    format: SESSION_EXPORT_FORMAT,
    version: SESSION_EXPORT_VERSION,
    exportedAt: (options.exportedAt ?? new Date()).toISOString(),
    sessions: [...sessions],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads an export file for import. Never throws: a bad file gives a message a user can act on,
 * naming the session and field that are wrong.
 */
export function parseSessionExportFile(text: string): SessionExportParseResult {
  if (text.trim() === '') return failure('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return failure(`The file is not valid JSON${detail}. Choose a file exported by this app.`);
  }
  return parseSessionExportData(data);
}

/**
 * Like parseSessionExportFile, for a file already parsed as JSON (an HTTP body). Never throws.
 * Checks what SessionExportFileSchema describes, session by session, and stops at the first
 * session with problems, so a huge file of wrong values costs milliseconds (parseImportedSession).
 */
export function parseSessionExportData(data: unknown): SessionExportParseResult {
  const headerProblem = checkHeader(data);
  if (headerProblem) return failure(headerProblem);

  const header = ExportHeaderSchema.safeParse(data);
  const issues: z.core.$ZodIssue[] = header.success ? [] : [...header.error.issues];
  const sessions: Session[] = [];
  const listed = isRecord(data) && Array.isArray(data.sessions) ? data.sessions : [];
  for (const [index, value] of listed.entries()) {
    const parsed = parseImportedSession(value);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((issue) => ({ ...issue, path: ['sessions', index, ...issue.path] })));
      break;
    }
    sessions.push(parsed.session);
  }
  if (issues.length === 0) return { ok: true, sessions };
  return failure(describeIssues(issues, data));
}

/** The file around its sessions, which parseImportedSession checks one at a time. */
const ExportHeaderSchema = SessionExportFileSchema.omit({ sessions: true });

function failure(message: string): SessionExportParseResult {
  return { ok: false, message };
}

function checkHeader(data: unknown): string | null {
  if (!isRecord(data) || data.format !== SESSION_EXPORT_FORMAT)
    return `This is not an interview-prep sessions export: the file must have "format": "${SESSION_EXPORT_FORMAT}".`;
  if (data.version !== SESSION_EXPORT_VERSION)
    return `This export file has version ${JSON.stringify(data.version ?? null)}; this app reads version ${SESSION_EXPORT_VERSION}.`;
  if (!Array.isArray(data.sessions)) return 'The export file has no "sessions" list.';
  // Checked before the schema, which would otherwise report every one of a huge list's elements.
  if (data.sessions.length > MAX_IMPORTED_SESSIONS)
    return `The export file holds ${data.sessions.length.toLocaleString('en-US')} sessions; an import takes at most ${MAX_IMPORTED_SESSIONS.toLocaleString('en-US')}.`;
  return null;
}

function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `- ${describeIssue(issue, data)}`);
  const more = issues.length - listed.length;
  if (more > 0) listed.push(`- and ${more} more problem${more === 1 ? '' : 's'}`);
  return `The export file is not valid:\n${listed.join('\n')}`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const [first, index, ...rest] = issue.path;
  if (first !== 'sessions' || typeof index !== 'number')
    return `${issue.path.length > 0 ? `field "${formatPath(issue.path)}"` : 'the file'}: ${issue.message}`;
  const sessions = isRecord(data) && Array.isArray(data.sessions) ? data.sessions : [];
  const session: unknown = sessions[index];
  const title = isRecord(session) && typeof session.title === 'string' ? ` ("${truncate(session.title)}")` : '';
  const where = rest.length > 0 ? `, field "${formatPath(rest)}"` : '';
  return `session ${index + 1}${title}${where}: ${issue.message}`;
}

/** `result.questions[2].hints`: the dotted path a reader can find in the file. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, position) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return position === 0 ? name : `.${name}`;
    })
    .join('');
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
