import type { GenerationEvent } from '../../../core/schemas/generation-event.js';
import type { Run } from '../../components/result-view/run.js';

/** The run after one stream event. Pure, so the streaming state is easy to test. */
export function applyGenerationEvent(run: Run, event: GenerationEvent): Run {
  switch (event.event) {
    case 'prompt':
      return { ...run, model: event.data.model, prompt: event.data.messages };
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
      return { ...run, error: event.data, status: 'stopped' };
  }
}
