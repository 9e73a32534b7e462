import path from 'node:path';
import { z } from 'zod';
import { usdToMicroUsd } from '../core/cost/price-usage.js';
import { DEFAULT_MODEL_ID } from '../core/models/model-registry.js';
import { ModelIdSchema } from '../core/schemas/generation-request.js';
import { DEFAULT_MAX_PROFILE_CHARS } from '../core/validation/check-candidate-profile.js';
import { DEFAULT_MAX_INPUT_CHARS } from '../core/validation/check-job-description.js';
import { OPENAI_API_BASE_URL } from '../llm/create-llm-client.js';
import { PROJECT_FOLDER } from './project-folder.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

function integer(name: string, defaultValue: number, min: number, max: number) {
  return z.coerce
    .number({ error: `${name} must be a number.` })
    .int(`${name} must be a whole number.`)
    .min(min, `${name} must be at least ${min}.`)
    .max(max, `${name} must be at most ${max}.`)
    .default(defaultValue);
}

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** True for a URL that names a site, not a page in it: no path, query or fragment. */
function isSiteRoot(value: string): boolean {
  // zod runs this refinement even when the URL check failed: leave that message to the URL check.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.pathname === '/' && url.search === '' && url.hash === '';
}

/** An optional spending cap in dollars, e.g. 5 or 0.50 (kept as integer micro-dollars in Config). */
function dollars(name: string) {
  return z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: `${name} must be an amount in dollars, e.g. 5 or 0.50.` })
      .min(0.000001, `${name} must be more than 0 (at least 0.000001 dollars).`)
      .max(1_000_000, `${name} must be at most 1000000 dollars.`)
      .optional(),
  );
}

/**
 * Whether the server at `baseURL` needs an API key: true for OpenAI itself (no base URL, or an
 * *.openai.com host), false for other OpenAI-compatible servers (Ollama, LM Studio, vLLM...), which
 * usually run without one. An unreadable URL counts as needing a key.
 */
export function keyRequiredFor(baseURL?: string | null): boolean {
  if (!baseURL || baseURL.trim() === '') return true;
  try {
    const host = new URL(baseURL).hostname.toLowerCase();
    return host === 'openai.com' || host.endsWith('.openai.com');
  } catch {
    return true;
  }
}

/** True for host names that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The environment the app reads (server and CLI alike), validated once at start-up. */
export const EnvSchema = z.object({
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional()),
  OPENAI_BASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: 'OPENAI_BASE_URL must be an http(s) URL, e.g. http://localhost:11434/v1.' })
      .optional(),
  ),
  OPENAI_API_KEY_REQUIRED: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['auto', 'true', 'false'], { error: 'OPENAI_API_KEY_REQUIRED must be auto, true or false.' })
      .default('auto'),
  ),
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, ModelIdSchema.default(DEFAULT_MODEL_ID)),
  OPENAI_TIMEOUT_MS: integer('OPENAI_TIMEOUT_MS', 120_000, 1_000, 600_000),
  PORT: integer('PORT', 8501, 0, 65_535),
  HOST: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('127.0.0.1')),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('./data')),
  RATE_LIMIT_PER_HOUR: integer('RATE_LIMIT_PER_HOUR', 100, 1, 100_000),
  MAX_INPUT_CHARS: integer('MAX_INPUT_CHARS', DEFAULT_MAX_INPUT_CHARS, 100, 100_000),
  MAX_PROFILE_CHARS: integer('MAX_PROFILE_CHARS', DEFAULT_MAX_PROFILE_CHARS, 100, 100_000),
  SESSION_HISTORY_LIMIT: integer('SESSION_HISTORY_LIMIT', 10, 1, 1_000),
  BUDGET_USD_PER_DAY: dollars('BUDGET_USD_PER_DAY'),
  BUDGET_USD_PER_MONTH: dollars('BUDGET_USD_PER_MONTH'),
  BUDGET_USD_PER_SESSION: dollars('BUDGET_USD_PER_SESSION'),
  /** Folder of the built web client; `none` to serve none (npm run dev serves it with Vite). */
  WEB_ROOT: z.preprocess(emptyAsUndefined, z.string().trim().optional()),
  /** The address browsers open when it is not the loopback one (a reverse proxy, a LAN name). */
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http(s) URL, e.g. https://prep.example.com.' })
      .refine(
        isSiteRoot,
        'PUBLIC_URL must be the address of the app itself, with no path, e.g. https://prep.example.com.',
      )
      .optional(),
  ),
  /** The secret every API call must carry (cookie or bearer); required when HOST is not loopback. */
  APP_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .min(16, 'APP_TOKEN must be at least 16 characters: use a long random secret, e.g. from `openssl rand -hex 32`.')
      .max(1000, 'APP_TOKEN must be at most 1000 characters.')
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
      })
      .default('info'),
  ),
});

function microUsdOrNull(usd: number | undefined): number | null {
  return usd === undefined ? null : usdToMicroUsd(usd);
}

function webRootFrom(setting: string | undefined, cwd: string): string | null {
  if (setting === undefined) return path.resolve(PROJECT_FOLDER, 'dist/web');
  return setting === 'none' ? null : path.resolve(cwd, setting);
}

/** The environment schema turned into the app's configuration, relative paths resolved from `cwd`. */
function configSchemaFor(cwd: string) {
  return EnvSchema.transform((env) => ({
    openai: {
      apiKey: env.OPENAI_API_KEY ?? null,
      /** Whether calls need a key: decided here once (auto: only for OpenAI itself). */
      apiKeyRequired:
        env.OPENAI_API_KEY_REQUIRED === 'auto'
          ? keyRequiredFor(env.OPENAI_BASE_URL)
          : env.OPENAI_API_KEY_REQUIRED === 'true',
      baseURL: env.OPENAI_BASE_URL ?? OPENAI_API_BASE_URL,
      defaultModel: env.OPENAI_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
    },
    host: env.HOST,
    port: env.PORT,
    dataDir: path.resolve(cwd, env.DATA_DIR),
    rateLimitPerHour: env.RATE_LIMIT_PER_HOUR,
    maxInputChars: env.MAX_INPUT_CHARS,
    maxProfileChars: env.MAX_PROFILE_CHARS,
    sessionHistoryLimit: env.SESSION_HISTORY_LIMIT,
    /** Spending caps in integer micro-dollars (UTC day, UTC month, one generation); null when not set. */
    budgets: {
      perDayMicroUsd: microUsdOrNull(env.BUDGET_USD_PER_DAY),
      perMonthMicroUsd: microUsdOrNull(env.BUDGET_USD_PER_MONTH),
      perSessionMicroUsd: microUsdOrNull(env.BUDGET_USD_PER_SESSION),
    },
    logLevel: env.LOG_LEVEL,
    /** The built web client's folder, or null to serve none. */
    webRoot: webRootFrom(env.WEB_ROOT, cwd),
    /** PUBLIC_URL's origin (scheme, host and port), or null when the app is opened on loopback only. */
    publicOrigin: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : null,
    /** APP_TOKEN, or null when API calls need none. */
    appToken: env.APP_TOKEN ?? null,
  }));
}

/** The typed configuration, inferred from the environment schema. */
export type Config = z.output<ReturnType<typeof configSchemaFor>>;

/** Thrown when the environment is invalid: one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment (already merged with .env) into the typed Config. */
export function loadConfig(environment: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const parsed = configSchemaFor(cwd).safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return parsed.data;
}
