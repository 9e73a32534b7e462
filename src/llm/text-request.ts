import type { CompletionEnd, CompletionEvent, CompletionRequest } from './completion-request.js';

/** One streamed model call that answers in plain text (no response format). */
export type TextRequest = Omit<CompletionRequest, 'responseFormat'>;

/** What a text call yields: `retry`, `opened`, `delta` (each piece of the text), `progress`, `usage`. */
export type TextEvent = CompletionEvent;

/** How a text call ended when it did not throw: the whole text and why it stopped. */
export type TextEnd = Pick<CompletionEnd, 'text' | 'finishReason'>;

/** A plain-text model call; errors are thrown as AppError after the events, as for structured calls. */
export type TextStream = AsyncGenerator<TextEvent, TextEnd>;
