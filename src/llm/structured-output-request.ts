import type { CompletionEnd, CompletionEvent, CompletionRequest } from './completion-request.js';

/** One streamed model call that answers with a JSON object following `responseFormat.schema`. */
export type StructuredOutputRequest = CompletionRequest & {
  responseFormat: NonNullable<CompletionRequest['responseFormat']>;
  /** Key of the reply's top-level array whose elements are handed over as they complete. */
  elementPath: string;
};

/**
 * What a structured call yields: the events of a completion (see CompletionEvent), with the
 * reply's text handed over as `element` events, one for each element of the watched array as
 * soon as it is complete.
 */
export type StructuredOutputEvent =
  Exclude<CompletionEvent, { type: 'delta' }> | { type: 'element'; index: number; value: unknown };

/** How a structured call ended when it did not throw: the whole reply text and why it stopped. */
export type StructuredOutputEnd = CompletionEnd;

/** The domain-free port the use cases call; errors are thrown as AppError after the events. */
export type StructuredOutputStream = AsyncGenerator<StructuredOutputEvent, StructuredOutputEnd>;
