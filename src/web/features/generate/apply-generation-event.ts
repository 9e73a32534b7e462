import type { GenerationEvent } from '../../../core/schemas/generation-event.js';
import type { Run } from '../../components/result-view/run.js';

/**
 * The run after one stream event. Pure (the clock is passed in), so the streaming state is easy
 * to test. A retry notice lasts until the next event of any kind.
 */
export function applyGenerationEvent(current: Run, event: GenerationEvent, now = Date.now()): Run {
  const run = current.retry ? { ...current, retry: null } : current;
  switch (event.event) {
    case 'started':
      return { ...run, pendingSessionId: event.data.sessionId };
    case 'retry':
      return { ...run, retry: { ...event.data, until: now + event.data.delaySeconds * 1000 } };
    case 'prompt':
      return {
        ...run,
        model: event.data.model,
        prompt: event.data.messages,
        responseFormat: event.data.responseFormat ?? null,
        pendingSessionId: event.data.sessionId,
      };
    case 'progress':
      return { ...run, spent: event.data };
    case 'question': {
      const questions = [...run.questions];
      questions[event.data.index] = event.data.question;
      return { ...run, questions: questions.filter(Boolean) };
    }
    case 'result':
      return { ...run, result: event.data, questions: event.data.questions };
    case 'usage':
      return { ...run, usage: event.data };
    case 'done':
      return { ...run, sessionId: event.data.id, status: run.error ? 'stopped' : 'complete' };
    case 'error':
      // The server saves a stopped generation that has questions before it sends the error.
      return {
        ...run,
        error: event.data,
        status: 'stopped',
        sessionId: run.questions.length > 0 ? run.pendingSessionId : run.sessionId,
      };
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}
