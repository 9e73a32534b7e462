// The worker thread behind createRequestChecks: validates the requests it is sent (cleaning, the
// length limits, the prompt-injection detector), one message per job, so that this CPU time is
// not spent on the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { createGenerationRequestSchema, type RequestLimits } from '../../core/schemas/generation-request-schema.js';
import { detectPromptInjection } from '../../core/validation/detect-prompt-injection.js';
import type { CheckJob, CheckResult } from './create-request-checks.js';

const generationRequestSchema = createGenerationRequestSchema(workerData as RequestLimits, detectPromptInjection);

function check(job: CheckJob): CheckResult {
  const parsed = generationRequestSchema.safeParse(job.body);
  return parsed.success
    ? { id: job.id, ok: true, value: parsed.data }
    : { id: job.id, ok: false, issues: parsed.error.issues };
}

parentPort?.on('message', (job: CheckJob) => {
  let result: CheckResult;
  try {
    result = check(job);
  } catch (error) {
    result = { id: job.id, failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
parentPort?.postMessage({ ready: true });
