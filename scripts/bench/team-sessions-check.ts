/** After the kill: are the sessions whose stream reported `done` still there, read through the survivor? */
import { SessionAnswerSchema, SessionListSchema } from '../../src/core/schemas/api.js';
import type { AppProcess } from './processes.js';
import type { TeamAccount } from './team-accounts.js';
import type { TeamStream } from './team-phase.js';

const PARALLEL_READS = 16;

export type SessionsCheck = { reported: number; readable: number; missing: string[] };

/** GET /api/sessions/:id with the owner's cookie: 200, a valid session, complete, with every question. */
async function readable(app: AppProcess, account: TeamAccount, id: string, questionCount: number): Promise<boolean> {
  const response = await fetch(`${app.url}/api/sessions/${id}`, { headers: { cookie: account.cookie } });
  if (!response.ok) return false;
  const session = SessionAnswerSchema.safeParse(await response.json());
  return (
    session.success && session.data.status === 'complete' && session.data.result.questions.length === questionCount
  );
}

/** Reads every session of `streams` that reported `done` (their `sessionId`) through `app`. */
export async function checkSessions(
  app: AppProcess,
  accounts: TeamAccount[],
  streams: TeamStream[],
  questionCount: number,
): Promise<SessionsCheck> {
  const done = streams.filter((stream) => stream.timing.ok && stream.timing.sessionId);
  const missing: string[] = [];
  for (let start = 0; start < done.length; start += PARALLEL_READS) {
    const batch = done.slice(start, start + PARALLEL_READS);
    const answers = await Promise.all(
      batch.map((stream) => readable(app, accounts[stream.account]!, stream.timing.sessionId!, questionCount)),
    );
    batch.forEach((stream, index) => answers[index] || missing.push(stream.timing.sessionId!));
  }
  return { reported: done.length, readable: done.length - missing.length, missing: missing.slice(0, 5) };
}

/** Sessions saved as partial across every account's history (what a killed instance's progress saves left). */
export async function countPartialSessions(app: AppProcess, accounts: TeamAccount[]): Promise<number> {
  let partial = 0;
  for (const account of accounts) {
    const response = await fetch(`${app.url}/api/sessions`, { headers: { cookie: account.cookie } });
    if (!response.ok) throw new Error(`GET /api/sessions for ${account.email}: ${response.status}`);
    const list = SessionListSchema.parse(await response.json());
    partial += list.sessions.filter((session) => session.status === 'partial').length;
  }
  return partial;
}
