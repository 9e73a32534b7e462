import { describe, expect, it } from 'vitest';
import type { EvalRow, EvalRunInfo } from './eval-row.js';
import { renderReport, rowCells } from './render-report.js';
import { summariseRows } from './summarise-rows.js';

const INFO: EvalRunInfo = {
  model: 'gpt-test',
  serverHost: '127.0.0.1:9999',
  startedAt: new Date('2025-01-02T03:04:05.000Z'),
  durationMs: 65_000,
  command: 'npm run eval -- --limit 1',
  postings: 1,
  interviewTypes: ['technical', 'behavioral'],
  techniques: ['few_shot'],
  experienceLevel: 'mid',
  questionCount: 5,
};

const USAGE = {
  inputTokens: 1000,
  cachedTokens: 0,
  outputTokens: 2000,
  reasoningTokens: 0,
  costUsd: 0.002,
  model: 'gpt-test',
};

const VALID: EvalRow = {
  posting: 'head-chef.txt',
  sector: 'hospitality',
  interviewType: 'technical',
  technique: 'few_shot',
  questionCount: 5,
  score: {
    valid: true,
    schemaAdherent: false,
    returned: 6,
    rejected: 1,
    kept: 5,
    basedOnFound: 4,
    nearDuplicates: 1,
    softwareWords: { questions: 1, words: ['coding'] },
  },
  responseFormat: 'json_schema',
  usage: USAGE,
  error: null,
  durationMs: 1000,
};

const FAILED: EvalRow = {
  ...VALID,
  interviewType: 'behavioral',
  score: {
    ...VALID.score!,
    valid: false,
    returned: 2,
    rejected: 0,
    kept: 0,
    basedOnFound: null,
    nearDuplicates: null,
    softwareWords: null,
  },
  responseFormat: 'json_object',
  usage: { ...USAGE, outputTokens: 100, costUsd: null, estimated: true },
  error: { code: 'output_truncated', message: 'The reply was cut | off.' },
};

describe('rowCells', () => {
  it('shows a valid row', () => {
    expect(rowCells(VALID)).toEqual([
      'head-chef.txt',
      'hospitality',
      'technical',
      'few_shot',
      'yes',
      'no',
      '5/5 (6 returned)',
      '1',
      '4/5',
      '1',
      '1 (coding)',
      '1000 / 2000',
      '$0.002',
      '',
    ]);
  });

  it('shows a failed row: its error code, estimated usage and the format the server took', () => {
    expect(rowCells(FAILED)).toEqual([
      'head-chef.txt',
      'hospitality',
      'behavioral',
      'few_shot',
      'no',
      'no (json_object)',
      '0/5 (2 returned)',
      '0',
      '—',
      '—',
      '—',
      '~1000 / ~100',
      '~unknown',
      'output_truncated',
    ]);
  });

  it('shows n/a for software words on a software posting', () => {
    const row = { ...VALID, sector: 'software', score: { ...VALID.score!, softwareWords: null } } as const;
    expect(rowCells(row)[10]).toBe('n/a');
  });
});

describe('summariseRows', () => {
  it('sums what the averages need', () => {
    expect(summariseRows([VALID, FAILED])).toEqual({
      rows: 2,
      valid: 1,
      schemaAdherent: 0,
      returned: 8,
      rejected: 1,
      kept: 5,
      basedOnFound: 4,
      nearDuplicates: 1,
      nonSoftwareSets: 1,
      setsWithSoftwareWords: 1,
      rowsWithUsage: 2,
      inputTokens: 2000,
      outputTokens: 2100,
      rowsWithCost: 1,
      costUsd: 0.002,
      errors: 1,
    });
  });
});

describe('renderReport', () => {
  const report = renderReport(INFO, [VALID, FAILED]);

  it('names the model, server, date and command', () => {
    expect(report).toContain('- Model: `gpt-test` on `127.0.0.1:9999`');
    expect(report).toContain('- Date: 2025-01-02T03:04:05.000Z (took 1 min 5 s)');
    expect(report).toContain('- Command: `npm run eval -- --limit 1`');
  });

  it('has one line per row, with pipes in messages escaped', () => {
    expect(report).toContain(
      '| 1 | head-chef.txt | hospitality | technical | few_shot | yes | no | 5/5 (6 returned) | 1 | 4/5 | 1 | 1 (coding) | 1000 / 2000 | $0.002 |  |',
    );
    expect(report).toMatch(/^\| 2 \| head-chef\.txt \| hospitality \| behavioral \| few_shot \| no \|/m);
    expect(report).toContain('- `output_truncated`: The reply was cut \\| off. (1 row)');
  });

  it('has the averages per technique and per type, and for all rows', () => {
    expect(report).toContain('## Per technique');
    expect(report).toContain('| few_shot | 2 | 50% | 0% | 13% | 80% | 1.00 | 1/1 | 1000 / 1050 | $0.002 | 1 |');
    expect(report).toContain('| technical | 1 | 100% | 0% | 17% | 80% | 1.00 | 1/1 | 1000 / 2000 | $0.002 | 0 |');
    expect(report).toContain('| behavioral | 1 | 0% | 0% | 0% | — | — | — | 1000 / 100 | unknown | 1 |');
    expect(report.match(/\| \*\*all\*\* \|/g)).toHaveLength(2);
  });
});
