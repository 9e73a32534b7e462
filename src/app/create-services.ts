import type { Logger } from 'pino';
import { MAX_QUESTION_COUNT, MIN_QUESTION_COUNT } from '../core/schemas/generation-request.js';
import type { BudgetStatus, StaticPublicConfig } from '../core/schemas/public-config.js';
import { MIN_JOB_DESCRIPTION_CHARS } from '../core/validation/check-job-description.js';
import { createLlmClient, type LlmClient } from '../llm/create-llm-client.js';
import type { RetryPolicy } from '../llm/retry-policy.js';
import { createSignInService, type SignInService } from './accounts/create-sign-in-service.js';
import { createUserAdminService, type UserAdminService } from './accounts/create-user-admin-service.js';
import { createBudgetGuard } from './budget/create-budget-guard.js';
import { createRequestChecks, type RequestChecks } from './checks/create-request-checks.js';
import type { Config } from './config.js';
import { createLogger } from './create-logger.js';
import { estimateGeneration, type EstimateRequest } from './estimate/estimate-generation.js';
import { createGenerationService, type GenerationService } from './generation/create-generation-service.js';
import { createHistoryService, type HistoryService } from './history/create-history-service.js';
import { openSqliteStores, openStores, type AppStores } from './open-stores.js';
import { createPracticeService, type PracticeService } from './practice/create-practice-service.js';
import type { Owner, PracticeStore } from './ports.js';

/** How long a health check waits for the database before calling it unreachable. */
const DATABASE_CHECK_TIMEOUT_MS = 2_000;

/** Everything a front end (the HTTP server, the CLI, a test) works with. */
export type Services = {
  config: Config;
  logger: Logger;
  /** What the browser may know of the configuration (never the key), but the live budget figures. */
  publicConfig: StaticPublicConfig;
  /** The spending budgets and what the owner has spent against them now; null when none is set. */
  budgetStatus(owner: Owner): Promise<BudgetStatus | null>;
  /** Validation of incoming requests that costs CPU (cleaning, the injection detector), off the event loop. */
  checks: RequestChecks;
  generations: GenerationService;
  history: HistoryService;
  /** Practice attempts, kept with their sessions (for the practice use cases). */
  practiceStore: PracticeStore;
  /** Scoring answers, their follow-ups and "Why this score?". */
  practice: PracticeService;
  estimate(request: EstimateRequest): ReturnType<typeof estimateGeneration>;
  /** Sign-in with email and password (the team mode's accounts). */
  signIn: SignInService;
  /** Accounts as admins manage them (the admin API and `interview-prep users add`). */
  users: UserAdminService;
  /** True when the database answers a query within 2 s (health and readiness checks). */
  databaseReachable(): Promise<boolean>;
  /** Stops running generations and practice attempts, and closes the database (or the pool). */
  close(): Promise<void>;
};

export type ServiceOptions = {
  /** A logger to use instead of the one the configuration describes. */
  logger?: Logger;
  /** Where logs go when the logger is made here: also the terminal (server) or the file only (CLI). */
  logToStdout?: boolean;
  /** Retry settings to use instead of the defaults (tests shorten them). */
  retryPolicy?: Partial<RetryPolicy>;
  /** Stores already open (openServices opens PostgreSQL's); SQLite in DATA_DIR otherwise. */
  stores?: AppStores;
  /**
   * Whether cancels travel between the instances on PostgreSQL: true by default in team mode
   * (MODE=team), where a balancer spreads the requests; the CLI, which runs no stream, says false.
   */
  relayCancels?: boolean;
};

/** What the browser may know of the configuration. */
export function toPublicConfig(config: Config): StaticPublicConfig {
  return {
    apiKeyConfigured: config.openai.apiKey !== null,
    apiKeyRequired: config.openai.apiKeyRequired,
    baseUrlHost: new URL(config.openai.baseURL).host,
    defaultModel: config.openai.defaultModel,
    limits: {
      minInputChars: MIN_JOB_DESCRIPTION_CHARS,
      maxInputChars: config.maxInputChars,
      maxProfileChars: config.maxProfileChars,
      minQuestionCount: MIN_QUESTION_COUNT,
      maxQuestionCount: MAX_QUESTION_COUNT,
      rateLimitPerHour: config.rateLimitPerHour,
      sessionHistoryLimit: config.sessionHistoryLimit,
    },
    // The server says per request whether the token came with it (granted); never the token.
    access: { tokenRequired: config.appToken !== null, granted: config.appToken === null },
    mode: config.mode,
  };
}

/** Resolves true when the check resolves within `timeoutMs`, false when it rejects or takes longer. */
function answersWithin(check: () => Promise<void>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    check().then(
      () => resolve(true),
      () => resolve(false),
    );
    // Settled either way: the timer must not keep the process alive.
    timer.unref();
  });
}

/**
 * The one composition root: wires the stores, the model client and the use cases. Opens SQLite in
 * DATA_DIR itself unless `options.stores` are given; for DATABASE_URL (PostgreSQL, opened
 * asynchronously) use openServices.
 */
export function createServices(config: Config, options: ServiceOptions = {}): Services {
  const logger = options.logger ?? createLogger(config, { stdout: options.logToStdout ?? true });
  if (options.stores === undefined && config.databaseUrl !== null)
    throw new Error('DATABASE_URL is set: open the services with openServices, which connects to PostgreSQL first.');
  const stores = options.stores ?? openSqliteStores(config, logger);
  const { sessions, practice: practiceStore, rateLimits, spending } = stores;
  const llm: LlmClient = createLlmClient({
    ...config.openai,
    logger,
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
  });
  const budget = createBudgetGuard({
    spending,
    budgets: config.budgets,
    defaultModel: config.openai.defaultModel,
    logger,
  });
  // One store for both use cases: a practice call is a hit in the generations' hourly bucket.
  const generations = createGenerationService({
    llm,
    sessions,
    logger,
    budget,
    rateLimits,
    rateLimitPerHour: config.rateLimitPerHour,
    defaultModel: config.openai.defaultModel,
    cancelRelay: stores.cancelRelay,
  });
  const practice = createPracticeService({
    llm,
    sessions,
    practiceStore,
    logger,
    budget: { guard: budget },
    rateLimits,
    rateLimitPerHour: config.rateLimitPerHour,
    defaultModel: config.openai.defaultModel,
    cancelRelay: stores.cancelRelay,
  });
  const checks = createRequestChecks(
    { maxInputChars: config.maxInputChars, maxProfileChars: config.maxProfileChars },
    { logger },
  );
  return {
    config,
    logger,
    publicConfig: toPublicConfig(config),
    checks,
    budgetStatus: (owner) => budget.status(owner),
    generations,
    history: createHistoryService(sessions, { historyLimit: config.sessionHistoryLimit }),
    practiceStore,
    practice,
    estimate: (request) => estimateGeneration(request, config.openai.defaultModel),
    signIn: createSignInService({ users: stores.users, rateLimits, logger }),
    users: createUserAdminService({ users: stores.users, spending, logger }),
    databaseReachable: () => answersWithin(() => stores.ping(), DATABASE_CHECK_TIMEOUT_MS),
    async close() {
      await Promise.all([generations.stopAll(), practice.stopAll(), checks.close()]);
      await stores.close();
    },
  };
}

/**
 * createServices on the database the configuration names: PostgreSQL for DATABASE_URL (connected
 * and migrated before it resolves), SQLite in DATA_DIR otherwise. The server and the CLI start here.
 */
export async function openServices(config: Config, options: ServiceOptions = {}): Promise<Services> {
  const logger = options.logger ?? createLogger(config, { stdout: options.logToStdout ?? true });
  const relayCancels = options.relayCancels ?? config.mode === 'team';
  const stores = options.stores ?? (await openStores(config, logger, { relayCancels }));
  try {
    return createServices(config, { ...options, logger, stores });
  } catch (error) {
    await stores.close();
    throw error;
  }
}
