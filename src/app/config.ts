import { isIP } from 'node:net';
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

/** The names proxy-addr (Fastify's trustProxy) gives to address ranges. */
const NAMED_PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** True for an IP address or a CIDR range such as 10.0.0.0/8 or fd00::/8. */
function isAddressOrRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** TRUST_PROXY as a list: addresses, ranges or range names separated by commas. */
function proxyList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const TRUST_PROXY_HELP =
  'TRUST_PROXY must name the reverse proxy: its address or range, e.g. 127.0.0.1 or 10.0.0.0/8 (several separated by commas; loopback, linklocal and uniquelocal name the usual ranges). Trusting every client (true) is refused: anyone could then forge X-Forwarded-For.';

function isPostgresUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname, pathname } = new URL(value);
  return (protocol === 'postgres:' || protocol === 'postgresql:') && hostname !== '' && pathname.length > 1;
}

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

/** Each variable on its own; EnvSchema adds the rules between them. */
const EnvObjectSchema = z.object({
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
  /** 0 keeps every session: allowed in team mode only (checked below). */
  SESSION_HISTORY_LIMIT: integer('SESSION_HISTORY_LIMIT', 10, 0, 1_000),
  BUDGET_USD_PER_DAY: dollars('BUDGET_USD_PER_DAY'),
  BUDGET_USD_PER_MONTH: dollars('BUDGET_USD_PER_MONTH'),
  BUDGET_USD_PER_SESSION: dollars('BUDGET_USD_PER_SESSION'),
  /** What every account together may spend: team mode only (checked below). */
  ORGANISATION_BUDGET_USD_PER_DAY: dollars('ORGANISATION_BUDGET_USD_PER_DAY'),
  ORGANISATION_BUDGET_USD_PER_MONTH: dollars('ORGANISATION_BUDGET_USD_PER_MONTH'),
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
  /** postgres://... selects PostgreSQL (needed by the team mode); without it, SQLite in DATA_DIR. */
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .refine(
        isPostgresUrl,
        'DATABASE_URL must be a PostgreSQL URL, e.g. postgres://interview_prep:PASSWORD@127.0.0.1:5432/interview_prep; leave it empty to use SQLite in DATA_DIR.',
      )
      .optional(),
  ),
  /** local: one user, no accounts (the default); team: accounts on PostgreSQL. */
  MODE: z.preprocess(
    emptyAsUndefined,
    z.enum(['local', 'team'], { error: 'MODE must be local or team.' }).default('local'),
  ),
  /** The reverse proxy whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .refine((value) => {
        const parts = proxyList(value);
        return parts.length > 0 && parts.every((part) => NAMED_PROXY_RANGES.has(part) || isAddressOrRange(part));
      }, TRUST_PROXY_HELP)
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

/** The environment the app reads (server and CLI alike), validated once at start-up. */
export const EnvSchema = EnvObjectSchema.superRefine(checkTeamMode);

/** The rules that tie variables together: what the team mode needs, and what only it allows. */
function checkTeamMode(env: z.output<typeof EnvObjectSchema>, context: z.RefinementCtx): void {
  const problem = (variable: string, message: string) =>
    context.addIssue({ code: 'custom', path: [variable], message });
  if (env.MODE !== 'team') {
    if (env.SESSION_HISTORY_LIMIT === 0)
      problem(
        'SESSION_HISTORY_LIMIT',
        'SESSION_HISTORY_LIMIT=0 (keep every session) is allowed in team mode only (MODE=team); set 1 to 1000.',
      );
    for (const period of ['DAY', 'MONTH'] as const) {
      if (env[`ORGANISATION_BUDGET_USD_PER_${period}`] !== undefined)
        problem(
          `ORGANISATION_BUDGET_USD_PER_${period}`,
          `ORGANISATION_BUDGET_USD_PER_${period} caps what all accounts together spend, in team mode only (MODE=team). With one user, set BUDGET_USD_PER_${period} instead.`,
        );
    }
    return;
  }
  if (env.DATABASE_URL === undefined)
    problem(
      'MODE',
      'MODE=team needs PostgreSQL: set DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DATABASE. Team mode on SQLite is refused: several instances share one PostgreSQL database (see README, Team deployment).',
    );
  const httpsPublicUrl = env.PUBLIC_URL?.startsWith('https:') ?? false;
  if (!isLoopbackHost(env.HOST) && !httpsPublicUrl && env.TRUST_PROXY === undefined)
    problem(
      'HOST',
      `HOST is ${env.HOST}, not a loopback address, and team mode carries passwords and sign-in cookies, which must not cross the network in clear text. Serve the app through https (PUBLIC_URL=https://...) or a reverse proxy named in TRUST_PROXY, or set HOST=127.0.0.1 and TRUST_PROXY=127.0.0.1 behind a proxy on this machine (without TRUST_PROXY every request seems to come from the proxy, and the sign-in limits count them all as one client).`,
    );
}

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
    /** Sessions each owner keeps; 0 keeps them all (team mode only). */
    sessionHistoryLimit: env.SESSION_HISTORY_LIMIT,
    /**
     * Spending caps in integer micro-dollars (UTC day, UTC month, one session); null when not set.
     * In team mode the first three are each account's.
     */
    budgets: {
      perDayMicroUsd: microUsdOrNull(env.BUDGET_USD_PER_DAY),
      perMonthMicroUsd: microUsdOrNull(env.BUDGET_USD_PER_MONTH),
      perSessionMicroUsd: microUsdOrNull(env.BUDGET_USD_PER_SESSION),
      /** Team mode: what every account together may spend per UTC day and month. */
      organisationPerDayMicroUsd: microUsdOrNull(env.ORGANISATION_BUDGET_USD_PER_DAY),
      organisationPerMonthMicroUsd: microUsdOrNull(env.ORGANISATION_BUDGET_USD_PER_MONTH),
    },
    logLevel: env.LOG_LEVEL,
    /** The built web client's folder, or null to serve none. */
    webRoot: webRootFrom(env.WEB_ROOT, cwd),
    /** PUBLIC_URL's origin (scheme, host and port), or null when the app is opened on loopback only. */
    publicOrigin: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : null,
    /** APP_TOKEN, or null when API calls need none (always in team mode, where accounts sign in instead). */
    appToken: env.MODE === 'team' ? null : (env.APP_TOKEN ?? null),
    /** local: one user, no accounts; team: accounts, each the owner of their data. */
    mode: env.MODE,
    /** DATABASE_URL (PostgreSQL), or null for SQLite in dataDir. */
    databaseUrl: env.DATABASE_URL ?? null,
    /** TRUST_PROXY's addresses and ranges (Fastify's trustProxy), or null to believe no forwarded header. */
    trustProxy: env.TRUST_PROXY === undefined ? null : proxyList(env.TRUST_PROXY),
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
