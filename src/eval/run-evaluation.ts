import { detectPromptInjection } from '../core/validation/detect-prompt-injection.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../app/config.js';
import { buildGenerationCall } from '../app/generation/build-generation-call.js';
import { resolveModel } from '../app/resolve-model.js';
import { isAppError } from '../core/errors.js';
import { extractJsonDocument } from '../core/parsing/extract-json-document.js';
import { detectSector } from '../core/prompts/detect-sector.js';
import type { ExperienceLevel, InterviewType, Technique } from '../core/schemas/generation-request.js';
import { createGenerationRequestSchema } from '../core/schemas/generation-request-schema.js';
import type { ResponseFormatKind } from '../core/schemas/model-stream.js';
import type { Usage } from '../core/schemas/usage.js';
import { createLlmClient, type LlmClient } from '../llm/create-llm-client.js';
import type { StructuredOutputEnd } from '../llm/structured-output-request.js';
import type { EvalRow, RowError } from './eval-row.js';
import { renderReport } from './render-report.js';
import { runPool } from './run-pool.js';
import { scoreReply } from './score-reply.js';

/** What to run: every posting x interview type x technique, one set of questions each. */
export type EvalPlan = {
  /** Posting files (see findPostings). */
  postingFiles: readonly string[];
  interviewTypes: readonly InterviewType[];
  techniques: readonly Technique[];
  experienceLevel: ExperienceLevel;
  questionCount: number;
  /** Model calls at once. */
  concurrency: number;
  /** A model id; the configured OPENAI_MODEL when absent. */
  model?: string | undefined;
  /** Where the Markdown report is written (its folder is created). */
  outFile: string;
  /** The command line, as the report shows it. */
  command: string;
};

export type EvalHooks = {
  /** One line per finished row ("[n/N] ..."), and notices such as retries. */
  onProgress: (line: string) => void;
  /** Aborting stops the calls under way and starts no more; the report is still written. */
  signal: AbortSignal;
};

export type EvalOutcome = {
  rows: EvalRow[];
  outFile: string;
  /** Set when the run stopped early: every further call would have failed the same way. */
  stoppedBy: RowError | null;
};

/** Thrown before any call when the run cannot start (no key for OpenAI, no posting). */
export class EvalSetupError extends Error {
  override name = 'EvalSetupError';
}

/** Errors that every further call would repeat: the run stops starting new ones. */
const STOPPING_CODES = new Set(['no_api_key', 'upstream_auth', 'upstream_quota', 'model_not_found']);

type Posting = { name: string; text: string };
type EvalCase = { posting: Posting; interviewType: InterviewType; technique: Technique };

/** Explains a missing key before anything is sent. */
export function missingKeyMessage(config: Config): string {
  return [
    `No OPENAI_API_KEY is configured, and the server (${config.openai.baseURL}) needs one.`,
    'Set OPENAI_API_KEY in .env or the environment, or point OPENAI_BASE_URL at an OpenAI-compatible',
    'server that needs no key (e.g. http://localhost:11434/v1 for Ollama). Nothing was sent.',
  ].join('\n');
}

function errorOf(thrown: unknown): RowError {
  if (isAppError(thrown)) return { code: thrown.code, message: thrown.message };
  return { code: 'internal', message: thrown instanceof Error ? thrown.message : String(thrown) };
}

/** Why a reply that streamed to its end gave no result (as runGeneration reports it). */
function unusableReplyError(end: StructuredOutputEnd): RowError {
  if (end.refusal) return { code: 'output_invalid', message: `The model declined: "${end.refusal.slice(0, 200)}"` };
  if (end.finishReason === null)
    return { code: 'upstream_unavailable', message: 'The reply ended before it was complete.' };
  return { code: 'output_invalid', message: 'The reply could not be read into a result.' };
}

type CaseContext = { llm: LlmClient; config: Config; plan: EvalPlan; model: string; hooks: EvalHooks };

/** One model call through the app's own request checks, prompt and response schema; never throws. */
async function evaluateCase(context: CaseContext, testCase: EvalCase): Promise<EvalRow> {
  const { posting, interviewType, technique } = testCase;
  const startedAt = Date.now();
  const base = { posting: posting.name, interviewType, technique, questionCount: context.plan.questionCount };
  const parsed = createGenerationRequestSchema(
    { maxInputChars: context.config.maxInputChars },
    detectPromptInjection,
  ).safeParse({
    jobDescription: posting.text,
    interviewType,
    technique,
    experienceLevel: context.plan.experienceLevel,
    questionCount: context.plan.questionCount,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const params = issue && 'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
    return {
      ...base,
      sector: detectSector(posting.text),
      score: null,
      usage: null,
      error: { code: String(params?.['errorCode'] ?? 'invalid_input'), message: issue?.message ?? 'Invalid request.' },
      durationMs: Date.now() - startedAt,
      responseFormat: null,
    };
  }
  const request = parsed.data;
  const sector = detectSector(request.jobDescription);
  const streamedElements: unknown[] = [];
  let usage: Usage | null = null;
  let end: StructuredOutputEnd | null = null;
  let error: RowError | null = null;
  let format: ResponseFormatKind | null = null;
  try {
    const stream = context.llm.streamStructuredOutput(buildGenerationCall(request, context.model), {
      signal: context.hooks.signal,
    });
    for (;;) {
      const next = await stream.next();
      if (next.done) {
        end = next.value;
        break;
      }
      const event = next.value;
      if (event.type === 'element') streamedElements.push(event.value);
      else if (event.type === 'usage') usage = event.usage;
      else if (event.type === 'opened') format = event.responseFormat;
      else if (event.type === 'retry') {
        context.hooks.onProgress(
          `  ${posting.name} ${interviewType}/${technique}: ${event.notice.code}, retrying in ${event.notice.delaySeconds} s (attempt ${event.notice.attempt})`,
        );
      }
    }
  } catch (thrown) {
    error = errorOf(thrown);
  }
  const score = scoreReply({
    shape: request,
    posting: request.jobDescription,
    sector,
    document: end === null ? undefined : extractJsonDocument(end.text),
    streamedElements,
  });
  if (error === null && end !== null && !score.valid) error = unusableReplyError(end);
  return { ...base, sector, score, responseFormat: format, usage, error, durationMs: Date.now() - startedAt };
}

function progressLine(row: EvalRow, done: number, total: number): string {
  const head = `[${done}/${total}] ${row.posting} ${row.interviewType}/${row.technique}:`;
  const usage = row.usage ? `, ${row.usage.inputTokens}+${row.usage.outputTokens} tokens` : '';
  if (row.error) return `${head} ${row.error.code}${usage}`;
  const score = row.score!;
  const format = row.responseFormat && row.responseFormat !== 'json_schema' ? ` (${row.responseFormat})` : '';
  return `${head} ${score.schemaAdherent ? 'valid' : 'valid, off-schema'}${format}, ${score.kept}/${row.questionCount} questions${usage}`;
}

async function readPostings(files: readonly string[]): Promise<Posting[]> {
  return Promise.all(files.map(async (file) => ({ name: path.basename(file), text: await fs.readFile(file, 'utf8') })));
}

/**
 * Runs the plan against the configured OpenAI-compatible server through the app's model port
 * (the real SDK path: the app's prompt, strict response schema, retries and usage), scores each
 * reply with the app's schemas, and writes the Markdown report. A failed row records its error
 * code and the run goes on; errors that every call would repeat (bad key, no credit, unknown
 * model) stop new calls. Throws EvalSetupError, before any call, when no key is configured for
 * a server that needs one.
 */
export async function runEvaluation(config: Config, plan: EvalPlan, hooks: EvalHooks): Promise<EvalOutcome> {
  const llm = createLlmClient(config.openai);
  if (llm.keyMissing) throw new EvalSetupError(missingKeyMessage(config));
  if (plan.postingFiles.length === 0) throw new EvalSetupError('No posting files to run.');
  const postings = await readPostings(plan.postingFiles);
  const model = resolveModel(plan.model, config.openai.defaultModel);
  const cases: EvalCase[] = postings.flatMap((posting) =>
    plan.interviewTypes.flatMap((interviewType) =>
      plan.techniques.map((technique) => ({ posting, interviewType, technique })),
    ),
  );
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  hooks.onProgress(
    `Running ${plural(cases.length, 'set')} (${plural(postings.length, 'posting')} x ${plural(plan.interviewTypes.length, 'type')} x ` +
      `${plural(plan.techniques.length, 'technique')}) with ${model} on ${new URL(config.openai.baseURL).host}, ${plan.concurrency} at once...`,
  );
  const context: CaseContext = { llm, config, plan, model, hooks };
  const startedAt = new Date();
  let done = 0;
  let stoppedBy: RowError | null = null;
  const rows = await runPool(
    cases,
    plan.concurrency,
    async (testCase) => {
      const row = await evaluateCase(context, testCase);
      done += 1;
      if (row.error && STOPPING_CODES.has(row.error.code)) stoppedBy ??= row.error;
      hooks.onProgress(progressLine(row, done, cases.length));
      return row;
    },
    {
      shouldStart: () => stoppedBy === null && !hooks.signal.aborted,
      skipped: (testCase): EvalRow => ({
        posting: testCase.posting.name,
        sector: detectSector(testCase.posting.text),
        interviewType: testCase.interviewType,
        technique: testCase.technique,
        questionCount: plan.questionCount,
        score: null,
        responseFormat: null,
        usage: null,
        error: {
          code: 'not_run',
          message: hooks.signal.aborted
            ? 'Not run: the run was stopped.'
            : `Not run: an earlier call failed with ${stoppedBy?.code}.`,
        },
        durationMs: 0,
      }),
    },
  );
  const report = renderReport(
    {
      model,
      serverHost: new URL(config.openai.baseURL).host,
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      command: plan.command,
      postings: postings.length,
      interviewTypes: plan.interviewTypes,
      techniques: plan.techniques,
      experienceLevel: plan.experienceLevel,
      questionCount: plan.questionCount,
    },
    rows,
  );
  await fs.mkdir(path.dirname(plan.outFile), { recursive: true });
  await fs.writeFile(plan.outFile, report, 'utf8');
  return { rows, outFile: plan.outFile, stoppedBy };
}
