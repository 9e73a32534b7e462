import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../app/create-services.js';
import { AppError } from '../../core/errors.js';
import { MAX_ANSWER_CHARS, ExplainRequestSchema } from '../../core/schemas/practice.js';
import type { PracticeAnswer, PracticeCancelAnswer, PracticeEvent } from '../../core/schemas/practice-event.js';
import { createPracticeRequestSchema } from '../../core/schemas/practice-request-schema.js';
import { rawInputLimitFor } from '../../core/validation/check-job-description.js';
import { ownerOf } from '../owner-of.js';
import { abortWhenClientLeaves, streamSseEvents, wantsEventStream } from './stream-sse-events.js';

/** Room for the longest raw answer the validator reads, at up to 4 bytes a character, plus the other fields. */
export const PRACTICE_BODY_LIMIT = rawInputLimitFor(MAX_ANSWER_CHARS) * 4 + 4 * 1024;

const AttemptParamsSchema = z.object({ attemptId: z.uuid({ error: 'attemptId must be a UUID.' }) });

/**
 * POST /api/practice: scores one answer, over SSE or as one JSON document.
 * POST /api/practice/:attemptId/cancel: stops a running attempt and says what was kept.
 * POST /api/practice/:attemptId/explain: streams "Why this score?" for one criterion.
 */
export async function practiceRoutes(app: FastifyInstance, options: { services: Services }): Promise<void> {
  const { practice } = options.services;
  const requestSchema = createPracticeRequestSchema();
  app.addHook('preClose', async () => practice.stopAll());

  app.post('/api/practice', { bodyLimit: PRACTICE_BODY_LIMIT }, async (request, reply) => {
    const practiceRequest = requestSchema.parse(request.body ?? {});
    const { requestId } = practiceRequest;
    const run = await practice.start(ownerOf(request), practiceRequest, requestId ? { requestId } : {});
    abortWhenClientLeaves(reply, run.abort);
    if (wantsEventStream(request)) return streamSseEvents(reply, run.events);
    return answerJson(run.events);
  });

  app.post('/api/practice/:attemptId/cancel', async (request, reply) => {
    const { attemptId } = AttemptParamsSchema.parse(request.params);
    const answer: PracticeCancelAnswer | null = await practice.cancel(ownerOf(request), attemptId);
    if (!answer) {
      throw new AppError('not_found', {
        message: 'No answer with that id is being scored; it may have finished already.',
      });
    }
    return reply.status(202).send(answer);
  });

  app.post('/api/practice/:attemptId/explain', async (request, reply) => {
    const { attemptId } = AttemptParamsSchema.parse(request.params);
    const { criterion } = ExplainRequestSchema.parse(request.body ?? {});
    const run = await practice.explain(ownerOf(request), attemptId, criterion);
    abortWhenClientLeaves(reply, run.abort);
    return streamSseEvents(reply, run.events);
  });
}

/** The whole feedback as one document; an error reaches the error handler with its field intact. */
async function answerJson(events: AsyncGenerator<PracticeEvent, void>): Promise<PracticeAnswer> {
  let done: { attemptId: string; threadId: string } | undefined;
  let feedback: PracticeAnswer['feedback'] | undefined;
  let followUp: string | undefined;
  let usage: PracticeAnswer['usage'] = null;
  for await (const practiceEvent of events) {
    switch (practiceEvent.event) {
      case 'done':
        done = practiceEvent.data;
        break;
      case 'feedback':
        feedback = practiceEvent.data;
        break;
      case 'followUp':
        followUp = practiceEvent.data.text;
        break;
      case 'usage':
        usage = practiceEvent.data;
        break;
      case 'started':
      case 'retry':
      case 'progress':
      case 'criterion':
      case 'error':
        break;
      default: {
        const unknownEvent: never = practiceEvent;
        throw new Error(`Unknown practice event: ${JSON.stringify(unknownEvent)}`);
      }
    }
  }
  if (done === undefined || feedback === undefined || followUp === undefined) throw new AppError('internal');
  return { ...done, feedback, followUp, usage };
}
