import {
  createGenerationRequestSchema,
  type GenerationRequestInput,
} from '../../../core/schemas/generation-request-schema.js';
import { titleFromJobDescription } from '../../../core/sessions/title-from-job-description.js';
import { sanitizeJobDescription } from '../../../core/validation/sanitize-job-description.js';
import type { Run } from './run.js';

// Apart from run.ts, so that the cleaning a title needs (the request schema, the HTML and
// invisible-character filters) loads with the first generation, not with the first screen.
// Only the cleaning matters for a title, not the length limit the server enforces.
const titleSchema = createGenerationRequestSchema({ maxInputChars: Number.MAX_SAFE_INTEGER }, null);

/**
 * The title history will give this request: the core title of the CLEANED job description
 * (HTML and invisible characters removed by the request schema), never of the raw paste.
 */
export function titleForRequest(request: GenerationRequestInput): string {
  const parsed = titleSchema.safeParse(request);
  // A request the schema refuses never starts; the same cleaning keeps its title readable anyway.
  const cleaned = parsed.success ? parsed.data.jobDescription : sanitizeJobDescription(request.jobDescription ?? '');
  return titleFromJobDescription(cleaned);
}

let runCounter = 0;

/** A key unique in this page, for React lists. */
export function nextRunKey(): string {
  runCounter += 1;
  return `run-${Date.now().toString(36)}-${runCounter}`;
}

/** A fresh run just before its request is sent. */
export function createPendingRun(request: GenerationRequestInput, expectedCount: number): Run {
  return {
    key: nextRunKey(),
    sessionId: null,
    pendingSessionId: null,
    origin: 'fresh',
    createdAt: new Date().toISOString(),
    title: titleForRequest(request),
    request,
    expectedCount,
    model: request.model ?? null,
    prompt: null,
    responseFormat: null,
    questions: [],
    result: null,
    usage: null,
    spent: null,
    error: null,
    retry: null,
    status: 'streaming',
  };
}
