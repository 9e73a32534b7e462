import { detectPromptInjection } from '../../core/validation/detect-prompt-injection.js';
import type { Services } from '../../app/create-services.js';
import type { ExportFormat } from '../../app/export/render-session-export.js';
import type { GenerationRun } from '../../app/generation/create-generation-service.js';
import { LOCAL_OWNER } from '../../app/ports.js';
import { isAppError } from '../../core/errors.js';
import type { ExperienceLevel, InterviewType, SectorChoice, Technique } from '../../core/schemas/generation-request.js';
import { createGenerationRequestSchema } from '../../core/schemas/generation-request-schema.js';
import { cliErrorFromZodError } from '../cli-error-from-zod-error.js';
import { CliError, EXIT_CODES } from '../cli-error.js';
import { createGenerationReporter, type GenerationReporter } from '../create-generation-reporter.js';
import { SHORT_ID_CHARS } from '../format-session-table.js';
import { loadCliConfig } from '../load-cli-config.js';
import { readCandidateProfile, readJobDescription } from '../read-job-description.js';
import { requireLocalMode } from '../require-local-mode.js';
import { withCliServices } from '../with-cli-services.js';
import { exportTargetFor, writeExport } from '../write-export.js';

/** The flags of `interview-prep generate`, as commander parsed them. */
export type GenerateOptions = {
  jobDescription: string;
  type: InterviewType;
  level: ExperienceLevel;
  technique: Technique;
  count: number;
  profile?: string;
  sector?: SectorChoice;
  roundMinutes?: number;
  model?: string;
  language?: string;
  format: ExportFormat;
  out?: string;
};

/** What was kept of a generation that did not finish, from the history itself. */
async function keptPart(services: Services, sessionId: string): Promise<string> {
  try {
    const session = await services.history.require(LOCAL_OWNER, sessionId);
    const count = session.result.questions.length;
    const short = sessionId.slice(0, SHORT_ID_CHARS);
    return `Kept ${count} complete question${count === 1 ? '' : 's'} as partial session ${short} (interview-prep sessions show ${short}).`;
  } catch {
    return 'Nothing was saved: no question was complete yet.';
  }
}

/**
 * Shows the run's events until `done` and returns the saved session's id. Ctrl-C stops the run:
 * what it had is saved as partial and the command ends with status 130 (a second Ctrl-C quits at once).
 */
async function followRun(services: Services, run: GenerationRun, reporter: GenerationReporter): Promise<string> {
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) process.exit(EXIT_CODES.interrupted);
    interrupted = true;
    reporter.note('Stopping; keeping the questions already complete (Ctrl-C again to quit at once)...');
    run.abort();
  };
  process.on('SIGINT', onInterrupt);
  try {
    let savedId: string | null = null;
    for await (const event of run.events) {
      reporter.report(event);
      if (event.event === 'done') savedId = event.data.id;
    }
    if (savedId === null) throw new Error('The generation ended without saving its session.');
    return savedId;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const kept = await keptPart(services, run.sessionId);
    if (interrupted && error.code === 'cancelled') throw new CliError(`Stopped. ${kept}`, EXIT_CODES.interrupted);
    throw new CliError(`${error.message}\n${kept}`, EXIT_CODES.failure);
  } finally {
    process.off('SIGINT', onInterrupt);
    reporter.end();
  }
}

/**
 * Runs one generation for the command line: checks the flags, the posting and where the export
 * goes before anything is sent, then streams the run to stderr, and writes the export of the
 * saved session to stdout or --out.
 */
export async function generate(options: GenerateOptions): Promise<void> {
  const target = exportTargetFor(options.format, options.out);
  const jobDescription = await readJobDescription(options.jobDescription);
  const candidateProfile = options.profile === undefined ? undefined : await readCandidateProfile(options.profile);
  const config = loadCliConfig();
  requireLocalMode(config, 'generate');
  const parsed = createGenerationRequestSchema(config, detectPromptInjection).safeParse({
    jobDescription,
    interviewType: options.type,
    experienceLevel: options.level,
    technique: options.technique,
    questionCount: options.count,
    ...(candidateProfile !== undefined ? { candidateProfile } : {}),
    ...(options.sector !== undefined ? { sector: options.sector } : {}),
    ...(options.roundMinutes !== undefined ? { roundMinutes: options.roundMinutes } : {}),
    ...(options.model !== undefined ? { model: options.model } : {}),
    ...(options.language !== undefined ? { language: options.language } : {}),
  });
  if (!parsed.success) throw cliErrorFromZodError(parsed.error);
  const request = parsed.data;

  await withCliServices(config, async (services) => {
    // Refuses at once (no key, hourly limit shared with the web app) with an AppError.
    const run = await services.generations.start(LOCAL_OWNER, request);
    const reporter = createGenerationReporter(process.stderr);
    const sessionId = await followRun(services, run, reporter);
    const short = sessionId.slice(0, SHORT_ID_CHARS);
    reporter.note(`Saved as session ${short} (${sessionId}).`);
    try {
      await writeExport(await services.history.exportSession(LOCAL_OWNER, sessionId, options.format), target);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retry = `interview-prep sessions export ${short} --format ${options.format} --out FILE`;
      throw new CliError(`Could not write the export (${reason}); the session is saved: ${retry}`, EXIT_CODES.failure);
    }
    if (target.file) reporter.note(`Wrote ${target.file}.`);
  });
}
