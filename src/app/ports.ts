import type { PracticeAttempt, PracticeThread } from '../core/schemas/practice.js';
import type { Session, SessionSummary } from '../core/schemas/session.js';
import type { PreparedSessionImport } from '../store/prepare-session-import.js';

/**
 * The storage the use cases need, implemented by src/store (SQLite; PostgreSQL for the team mode).
 * Every method names the owner of the data, `{ ownerId }` ('local' in single-user mode, the user's
 * id in the team mode). Methods return promises; when one resolves, the change is committed.
 */
export type Owner = { ownerId: string };

/** The one owner of everything in single-user mode. */
export const LOCAL_OWNER: Owner = { ownerId: 'local' };

/** A session with the owner it is saved for. */
export type OwnedSession = { owner: Owner; session: Session };

export interface SessionStore {
  /**
   * Validates and saves (inserts or replaces by id) a session, then prunes the owner's oldest beyond
   * the history limit; the session just saved is always kept, whatever the dates of the others.
   */
  saveSession(owner: Owner, session: Session): Promise<void>;
  /**
   * Saves the progress of running generations (sessions without practice), each as saveSession
   * would, all in one write. Bookkeeping durability: kept when the process is killed, but a power
   * loss may lose the last ones (the final saveSession of each is durable).
   */
  saveProgress(entries: readonly OwnedSession[]): Promise<void>;
  /** The owner's kept sessions, newest first. */
  listSessions(owner: Owner): Promise<SessionSummary[]>;
  /** The whole session, or null when unknown (or unreadable, or another owner's). */
  findSession(owner: Owner, id: string): Promise<Session | null>;
  /** Deletes one session; false when it did not exist. */
  deleteSession(owner: Owner, id: string): Promise<boolean>;
  /** Deletes every session of the owner; returns how many there were. */
  clearSessions(owner: Owner): Promise<number>;
  /**
   * Validates and saves sessions all at once (replacing any with the same id), then prunes.
   * Returns how many of them are in the history afterwards: an imported session older than
   * the newest SESSION_HISTORY_LIMIT ones is pruned straight away.
   */
  importSessions(owner: Owner, sessions: Session[]): Promise<number>;
  /**
   * importSessions for sessions that prepareSessionImport (in a worker thread) already validated
   * and turned into rows; written in short transactions that leave the event loop free in between.
   */
  importPrepared(owner: Owner, prepared: PreparedSessionImport): Promise<number>;
}

/** Where an attempt belongs: a thread on one question of one session. */
export type AttemptPlace = { sessionId: string; threadId: string; questionIndex: number };

/** A saved attempt with where it belongs. */
export type StoredAttempt = AttemptPlace & { attempt: PracticeAttempt };

/**
 * Practice attempts, kept with their session: deleting (or pruning) a session deletes them, and
 * saving one counts as activity on the session, so a session being practised is not pruned as old.
 * Sessions read through SessionStore carry their threads (`session.practice`).
 */
export interface PracticeStore {
  /**
   * Validates and saves (inserts or replaces by id) an attempt of the owner's session, creating its
   * thread on the first one. False when the session does not exist (or is another owner's).
   */
  saveAttempt(
    owner: Owner,
    place: AttemptPlace,
    threadMode: PracticeThread['mode'],
    attempt: PracticeAttempt,
  ): Promise<boolean>;
  /** One attempt with where it belongs, or null when unknown (or another owner's). */
  findAttempt(owner: Owner, attemptId: string): Promise<StoredAttempt | null>;
  /** One thread with its attempts in turn order, or null. */
  findThread(owner: Owner, sessionId: string, threadId: string): Promise<PracticeThread | null>;
}

/** What one attempt against a rate limit decided. */
export type RateLimitResult = {
  allowed: boolean;
  /** Hits inside the window, this one included when it was allowed. */
  count: number;
  remaining: number;
  /** Epoch ms when the oldest hit in the window expires and a slot frees (`now` when no hit is recorded). */
  resetAt: number;
};

export type RateLimitHitOptions = {
  /** What is counted, e.g. 'generations'. */
  bucket: string;
  windowMs: number;
  /** Hits allowed per window; at least 1. */
  limit: number;
  /** Epoch ms; Date.now() when absent. */
  now?: number;
};

/** A sliding-window counter kept in the database, so a restart does not reset it. */
export interface RateLimitStore {
  /** Counts an attempt of the owner; records it only when allowed. */
  hit(owner: Owner, options: RateLimitHitOptions): Promise<RateLimitResult>;
  /** Forgets the hits of one owner, or of every owner. */
  reset(owner?: Owner): Promise<void>;
}

/** What one generation costs, in integer micro-dollars, dated when it was admitted. */
export type SpendEntry = {
  /** The generation's session id: recording it again replaces its cost (estimate, then real cost). */
  id: string;
  /** Epoch ms when the generation was admitted. */
  startedAt: number;
  costMicroUsd: number;
};

/**
 * A spending cap over a period: what was spent since `sinceMs` may not go over `limitMicroUsd`;
 * what the owner spent, or with `scope: 'organisation'` what every owner spent together.
 */
export type SpendLimit = { sinceMs: number; limitMicroUsd: number; scope?: SpendScope };

/** Whose spending a limit counts: the owner's alone (the default), or every owner's together. */
export type SpendScope = 'owner' | 'organisation';

/**
 * What the owner's calls to the AI service cost, kept apart from the history (which is pruned to
 * SESSION_HISTORY_LIMIT and can be deleted), so neither lowers what counts against a budget.
 */
export interface SpendStore {
  /** Micro-dollars recorded for the owner's generations admitted at or after `sinceMs` (epoch ms). */
  spentSince(owner: Owner, sinceMs: number): Promise<number>;
  /** The same for every owner together: what the organisation spent since `sinceMs`. */
  totalSpentSince(sinceMs: number): Promise<number>;
  /** What each owner spent since `sinceMs`, in one query (owners who spent nothing are absent). */
  spentByOwnerSince(sinceMs: number): Promise<Map<string, number>>;
  /**
   * Records the entry only when, with it, the spending since each limit's `sinceMs` stays within
   * its limit; atomically, so two processes cannot both take the last dollar, also when the limit
   * is the organisation's and the two are different owners' (a caller that has organisation limits
   * passes them on every reservation). `spent` is what was recorded since each limit's `sinceMs`
   * (in its scope) before this entry, in the order of `limits`.
   */
  reserve(owner: Owner, entry: SpendEntry, limits: SpendLimit[]): Promise<{ reserved: boolean; spent: number[] }>;
  /** Records the entry, or replaces the cost of the one with its id (keeping when it started). */
  record(owner: Owner, entry: SpendEntry): Promise<void>;
}

/** An account of the team mode. Times are epoch ms. */
export type User = {
  id: string;
  /** As given at sign-up; unique whatever its case. */
  email: string;
  /** What the app layer's password hashing produced (the store never sees a password). */
  passwordHash: string;
  admin: boolean;
  /** A disabled account cannot sign in, and its sign-in sessions no longer count. */
  disabled: boolean;
  createdAt: number;
};

export type NewUser = Pick<User, 'email' | 'passwordHash' | 'admin'>;

/** A signed-in browser: the SHA-256 of its cookie token (the token itself is never stored). Times are epoch ms. */
export type AuthSession = { tokenHash: string; userId: string; createdAt: number; expiresAt: number };

/** Accounts and their sign-in sessions, for the team mode; the user's id is the owner of their data. */
export interface UserStore {
  /**
   * Creates an enabled account with a new id. AppError('invalid_input', field `email`) when an account
   * already has this email in any case.
   */
  createUser(user: NewUser): Promise<User>;
  /** The account with this email, compared without case; null when there is none. */
  findUserByEmail(email: string): Promise<User | null>;
  findUserById(id: string): Promise<User | null>;
  /** Every account, oldest first. */
  listUsers(): Promise<User[]>;
  /** Disables (ending its sign-in sessions) or enables an account; false when there is no such account. */
  setDisabled(userId: string, disabled: boolean): Promise<boolean>;
  /**
   * Replaces the account's password hash and ends its other sign-in sessions (all but the one of
   * `keepToken`), in one transaction; false when there is no such account.
   */
  changePasswordHash(userId: string, passwordHash: string, keepToken: string): Promise<boolean>;
  /**
   * Starts a sign-in session for the cookie token, kept as its SHA-256 until `expiresAt`; null (and
   * nothing stored) when the account does not exist or is disabled.
   */
  createAuthSession(session: { token: string; userId: string; expiresAt: number }): Promise<AuthSession | null>;
  /** The session of this cookie token with its account; null when unknown, expired, or the account is disabled. */
  findAuthSession(token: string): Promise<{ session: AuthSession; user: User } | null>;
  /** Ends the session of this cookie token (signing out); false when there was none. */
  deleteAuthSession(token: string): Promise<boolean>;
  /** Deletes the expired sessions of every account; returns how many. */
  deleteExpiredAuthSessions(): Promise<number>;
}

/**
 * A cancel in one process's registry of running work: null at once when nothing of the owner's
 * with that id runs there, else the promise of its answer (null when it had just finished, so
 * there was nothing to cancel).
 */
export type CancelHere<Answer = unknown> = (owner: Owner, id: string) => Promise<Answer | null> | null;

/** What became of a cancel forwarded to the other instances. */
export type ForwardedCancel =
  /** The instance running it stopped it and answered (JSON, for the caller to check). */
  | { status: 'answered'; answer: unknown }
  /** No instance said it runs it within the first bound. */
  | { status: 'not_running' }
  /** An instance said it runs it (so it stopped it), but its answer did not arrive. */
  | { status: 'unanswered' }
  /** Not asked: this instance cannot hear the answers now (reconnecting), could not send, or is closing. */
  | { status: 'unreachable' };

/**
 * Carries a cancel to the instance that runs what it names, when several instances share one
 * database (the team mode). It knows nothing of what is cancelled: `topic` keeps the kinds apart
 * ('generation', 'practice'), and the answer is JSON that the caller validates.
 */
export interface CancelRelay {
  /** Asks the other instances to cancel the owner's `id` under `topic`, within bounded waits. */
  forward(topic: string, owner: Owner, id: string): Promise<ForwardedCancel>;
  /** Answers the other instances' requests under `topic` with `cancelHere` (one handler per topic). */
  serve(topic: string, cancelHere: CancelHere): void;
}
