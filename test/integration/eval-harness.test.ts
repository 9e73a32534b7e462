import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(repositoryRoot, 'node_modules/.bin/tsx');

type Result = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run eval`'s script with only the environment given (plus PATH and HOME). */
function runEval(args: string[], env: Record<string, string>): Promise<Result> {
  const child = spawn(tsx, ['scripts/eval.ts', ...args], {
    cwd: repositoryRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

let fake: FakeOpenAI;
let outDir = '';
beforeAll(async () => {
  fake = await startFakeOpenAI();
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-eval-'));
});
afterEach(() => fake.reset());
afterAll(async () => {
  await fake.close();
  await fs.rm(outDir, { recursive: true, force: true });
});

const POSTINGS = ['head-chef-restaurant.txt', 'software-backend-engineer.txt'];
const TYPES = ['technical', 'behavioral'];
const TECHNIQUES = ['few_shot', 'chain_of_thought'];

it(
  'runs 2 postings x 2 types x 2 techniques through the fake server and writes the table',
  { timeout: 90_000 },
  async () => {
    const out = path.join(outDir, 'results.md');
    const result = await runEval(
      [
        '--postings',
        'test/fixtures/job-postings/{head-chef-restaurant,software-backend-engineer}.txt',
        '--types',
        TYPES.join(','),
        '--techniques',
        TECHNIQUES.join(','),
        '--count',
        '3',
        '--out',
        out,
      ],
      { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-5.4-mini' },
    );
    expect(result.stderr).toContain('[8/8]');
    expect(result.code, result.stderr).toBe(0);

    const report = await fs.readFile(out, 'utf8');
    expect(report).toContain('- Model: `gpt-5.4-mini`');
    expect(report).toContain('--techniques few_shot,chain_of_thought');
    expect(report).toContain('## Per technique');
    expect(report).toContain('## Per interview type');
    const rows = report.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(8);
    for (const [index, line] of rows.entries()) {
      const cells = line.split('|').map((cell) => cell.trim());
      const [, number, posting, , type, technique, valid] = cells;
      expect(Number(number)).toBe(index + 1);
      expect(posting).toBe(POSTINGS[Math.floor(index / 4)]);
      expect(type).toBe(TYPES[Math.floor(index / 2) % 2]);
      expect(technique).toBe(TECHNIQUES[index % 2]);
      expect(valid, line).toBe('yes');
    }
    // Every set went through the real SDK path: the app's strict schema, one request each.
    const calls = fake.requests.filter((request) => request.path === '/v1/chat/completions');
    expect(calls).toHaveLength(8);
    for (const call of calls) {
      expect(call.body['model']).toBe('gpt-5.4-mini');
      expect(call.body['response_format']).toMatchObject({ type: 'json_schema' });
    }
  },
);

/** The cells of the report's result rows. */
function resultRows(report: string): string[][] {
  return report
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim()));
}

const fakeEnv = () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-5.4-mini' });
const ONE_POSTING = ['--postings', 'test/fixtures/job-postings/head-chef-restaurant.txt', '--types', 'behavioral'];

it('records a failed row by its code and goes on', { timeout: 60_000 }, async () => {
  fake.enqueue(fakeScenario.streamReply({ truncateAfterQuestions: 1, finishReason: 'length' }));
  const out = path.join(outDir, 'one-failed.md');
  const args = [...ONE_POSTING, '--techniques', 'zero_shot,role_based', '--count', '3', '--concurrency', '1'];
  const result = await runEval([...args, '--out', out], fakeEnv());
  expect(result.code, result.stderr).toBe(0);
  const rows = resultRows(await fs.readFile(out, 'utf8'));
  expect(rows.map((cells) => [cells[4], cells[5], cells[7], cells.at(-1)])).toEqual([
    ['zero_shot', 'no', '0/3 (1 returned)', 'output_truncated'],
    ['role_based', 'yes', '3/3', ''],
  ]);
});

it('stops starting calls after an error every call would repeat (a rejected key)', { timeout: 60_000 }, async () => {
  fake.setDefault(fakeScenario.invalidApiKey());
  const out = path.join(outDir, 'bad-key.md');
  const args = [...ONE_POSTING, '--techniques', 'zero_shot,role_based,few_shot', '--concurrency', '1'];
  const result = await runEval([...args, '--out', out], fakeEnv());
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('stopped early');
  const rows = resultRows(await fs.readFile(out, 'utf8'));
  expect(rows.map((cells) => cells.at(-1))).toEqual(['upstream_auth', 'not_run', 'not_run']);
  expect(fake.requests).toHaveLength(1);
});

it('refuses to start without a key for OpenAI itself, sending nothing', { timeout: 60_000 }, async () => {
  const out = path.join(outDir, 'no-key.md');
  const before = fake.requests.length;
  const result = await runEval(['--limit', '1', '--out', out], {
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
    OPENAI_API_KEY_REQUIRED: '',
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('No OPENAI_API_KEY is configured');
  expect(result.stderr).toContain('https://api.openai.com/v1');
  await expect(fs.access(out)).rejects.toThrow();
  expect(fake.requests.length).toBe(before);
});

it('rejects an unknown type before anything runs', { timeout: 60_000 }, async () => {
  const result = await runEval(['--types', 'technical,oral'], {
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: fake.baseURL,
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('comma-separated list of: technical, behavioral, case_study, reverse');
});
