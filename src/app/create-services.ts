import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import { MAX_QUESTION_COUNT, MIN_QUESTION_COUNT } from '../core/schemas/generation-request.js';
import type { BudgetStatus, StaticPublicConfig } from '../core/schemas/public-config.js';
import { MIN_JOB_DESCRIPTION_CHARS } from '../core/validation/check-job-description.js';
import { createLlmClient, type LlmClient } from '../llm/create-llm-client.js';
import type { RetryPolicy } from '../llm/retry-policy.js';
import { createRateLimitStore } from '../store/create-rate-limit-store.js';
import { createSpendStore } from '../store/create-spend-store.js';
import { createSqlitePracticeStore } from '../store/create-sqlite-practice-store.js';
import { createSqliteSessionStore } from '../store/create-sqlite-session-store.js';
import { openDatabase } from '../store/open-database.js';
import { createBudgetGuard } from './budget/create-budget-guard.js';
import type { Config } from './config.js';
import { createLogger } from './create-logger.js';
import { estimateGeneration, type EstimateRequest } from './estimate/estimate-generation.js';
import { createGenerationService, type GenerationService } from './generation/create-generation-service.js';
import { createHistoryService, type HistoryService } from './history/create-history-service.js';
import { createPracticeService, type PracticeService } from './practice/create-practice-service.js';
import type { Owner, PracticeStore } from './ports.js';

/** Everything a front end (the HTTP server, the CLI, a test) works with. */
export type Services = {
  config: Config;
  logger: Logger;
  /** What the browser may know of the configuration (never the key), but the live budget figures. */
  publicConfig: StaticPublicConfig;
  /** The spending budgets and what the owner has spent against them now; null when none is set. */
  budgetStatus(owner: Owner): Promise<BudgetStatus | null>;
  generations: GenerationService;
  history: HistoryService;
  /** Practice attempts, kept with their sessions (for the practice use cases). */
  practiceStore: PracticeStore;
  /** Scoring answers, their follow-ups and "Why this score?". */
  practice: PracticeService;
  estimate(request: EstimateRequest): ReturnType<typeof estimateGeneration>;
  /** Stops running generations and practice attempts, and closes the database. */
  close(): Promise<void>;
};

export type ServiceOptions = {
  /** A logger to use instead of the one the configuration describes. */
  logger?: Logger;
  /** Where logs go when the logger is made here: also the terminal (server) or the file only (CLI). */
  logToStdout?: boolean;
  /** Retry settings to use instead of the defaults (tests shorten them). */
  retryPolicy?: Partial<RetryPolicy>;
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
  };
}

/** The one composition root: opens the database and wires the stores, the model client and the use cases. */
export function createServices(config: Config, options: ServiceOptions = {}): Services {
  const logger = options.logger ?? createLogger(config, { stdout: options.logToStdout ?? true });
  const database: Database = openDatabase({ dataDir: config.dataDir });
  const sessions = createSqliteSessionStore(database, { historyLimit: config.sessionHistoryLimit, logger });
  const practiceStore = createSqlitePracticeStore(database, { logger });
  const llm: LlmClient = createLlmClient({
    ...config.openai,
    logger,
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
  });
  const budget = createBudgetGuard({
    spending: createSpendStore(database),
    budgets: config.budgets,
    defaultModel: config.openai.defaultModel,
    logger,
  });
  // One store for both use cases: a practice call is a hit in the generations' hourly bucket.
  const rateLimits = createRateLimitStore(database);
  const generations = createGenerationService({
    llm,
    sessions,
    logger,
    budget,
    rateLimits,
    rateLimitPerHour: config.rateLimitPerHour,
    defaultModel: config.openai.defaultModel,
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
  });
  return {
    config,
    logger,
    publicConfig: toPublicConfig(config),
    budgetStatus: (owner) => budget.status(owner),
    generations,
    history: createHistoryService(sessions, { historyLimit: config.sessionHistoryLimit }),
    practiceStore,
    practice,
    estimate: (request) => estimateGeneration(request, config.openai.defaultModel),
    async close() {
      await Promise.all([generations.stopAll(), practice.stopAll()]);
      database.close();
    },
  };
}
