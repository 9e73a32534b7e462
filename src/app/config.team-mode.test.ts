import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const DATABASE_URL = 'postgres://interview_prep:secret@127.0.0.1:5432/interview_prep';
const TEAM = { MODE: 'team', DATABASE_URL };

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('single-user mode stays as it was', () => {
  it('is the default: SQLite, no accounts, APP_TOKEN kept, no proxy trusted', () => {
    const config = loadConfig({ APP_TOKEN: '0123456789abcdef0123' });
    expect(config).toMatchObject({
      mode: 'local',
      databaseUrl: null,
      trustProxy: null,
      sessionHistoryLimit: 10,
      appToken: '0123456789abcdef0123',
    });
  });

  it('refuses SESSION_HISTORY_LIMIT=0, which only team mode allows', () => {
    expect(problemsOf({ SESSION_HISTORY_LIMIT: '0' })).toEqual([
      expect.stringMatching(/^SESSION_HISTORY_LIMIT: .*team mode only/),
    ]);
    expect(problemsOf({ SESSION_HISTORY_LIMIT: '0', DATABASE_URL })).toHaveLength(1);
    expect(loadConfig({ SESSION_HISTORY_LIMIT: '1' }).sessionHistoryLimit).toBe(1);
  });

  it("refuses the organisation's budgets, which count several accounts, naming the one to set instead", () => {
    expect(problemsOf({ ORGANISATION_BUDGET_USD_PER_DAY: '5', ORGANISATION_BUDGET_USD_PER_MONTH: '50' })).toEqual([
      expect.stringMatching(/^ORGANISATION_BUDGET_USD_PER_DAY: .*team mode only.*set BUDGET_USD_PER_DAY instead/),
      expect.stringMatching(/^ORGANISATION_BUDGET_USD_PER_MONTH: .*set BUDGET_USD_PER_MONTH instead/),
    ]);
    expect(loadConfig({ ...TEAM, ORGANISATION_BUDGET_USD_PER_MONTH: '50' }).budgets).toMatchObject({
      organisationPerDayMicroUsd: null,
      organisationPerMonthMicroUsd: 50_000_000,
    });
  });

  it('may run on PostgreSQL too', () => {
    expect(loadConfig({ DATABASE_URL })).toMatchObject({ mode: 'local', databaseUrl: DATABASE_URL });
  });
});

describe('DATABASE_URL', () => {
  it('accepts postgres:// and postgresql:// URLs naming a database; refuses anything else', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db.internal/prep' }).databaseUrl).toBe(
      'postgresql://u@db.internal/prep',
    );
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeNull();
    for (const value of ['mysql://u@h/d', 'postgres://u@h', 'postgres://', 'db.sqlite', 'postgress://u@h/d']) {
      expect(problemsOf({ DATABASE_URL: value }), value).toEqual([
        expect.stringMatching(/^DATABASE_URL: DATABASE_URL must be a PostgreSQL URL/),
      ]);
    }
  });
});

describe('MODE=team', () => {
  it('needs DATABASE_URL: team mode on SQLite is refused, saying what to set', () => {
    const [problem, ...rest] = problemsOf({ MODE: 'team' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^MODE: MODE=team needs PostgreSQL: set DATABASE_URL=postgres:\/\//);
    expect(() => loadConfig({ MODE: 'team' })).toThrow(ConfigError);
  });

  it('refuses a MODE other than local or team', () => {
    expect(problemsOf({ MODE: 'teams' })).toEqual(['MODE: MODE must be local or team.']);
  });

  it('ignores APP_TOKEN and allows SESSION_HISTORY_LIMIT=0 (unlimited)', () => {
    const config = loadConfig({ ...TEAM, APP_TOKEN: '0123456789abcdef0123', SESSION_HISTORY_LIMIT: '0' });
    expect(config).toMatchObject({ mode: 'team', databaseUrl: DATABASE_URL, appToken: null, sessionHistoryLimit: 0 });
  });

  it('takes its own origin from PUBLIC_URL', () => {
    expect(loadConfig({ ...TEAM, PUBLIC_URL: 'https://prep.example.com' }).publicOrigin).toBe(
      'https://prep.example.com',
    );
  });

  it('refuses a non-loopback HOST unless PUBLIC_URL is https or TRUST_PROXY names the proxy', () => {
    const [problem, ...rest] = problemsOf({ ...TEAM, HOST: '0.0.0.0' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^HOST: HOST is 0\.0\.0\.0, not a loopback address, and team mode carries passwords/);
    expect(problem).toMatch(/PUBLIC_URL=https/);
    expect(problem).toMatch(/TRUST_PROXY/);
    expect(problemsOf({ ...TEAM, HOST: '0.0.0.0', PUBLIC_URL: 'http://prep.example.com' })).toHaveLength(1);
    expect(problemsOf({ ...TEAM, HOST: '0.0.0.0', PUBLIC_URL: 'https://prep.example.com' })).toEqual([]);
    expect(problemsOf({ ...TEAM, HOST: '10.0.0.5', TRUST_PROXY: '10.0.0.1' })).toEqual([]);
    expect(problemsOf({ ...TEAM, HOST: '127.0.0.1' })).toEqual([]);
  });
});

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDR ranges and range names, separated by commas', () => {
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.0/8, fd00::/8 ,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses true (trusting every client) and anything that names no address', () => {
    for (const value of ['true', '*', '10.0.0.0/33', '999.1.1.1', 'proxy.example.com', ',', '10.0.0.1/8/2']) {
      expect(problemsOf({ TRUST_PROXY: value }), value).toEqual([
        expect.stringMatching(/^TRUST_PROXY: TRUST_PROXY must name the reverse proxy/),
      ]);
    }
  });
});
