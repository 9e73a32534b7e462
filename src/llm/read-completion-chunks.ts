import { Readable } from 'node:stream';
import { createParser } from 'eventsource-parser';
import { APIError } from 'openai';
import { isAbortError, nodeBodyOf, type NodeBody } from './node-http-fetch.js';
import { parseCompletionChunk, type CompletionChunk } from './parse-completion-chunk.js';

/** Chunks decoded but not yet taken past which the connection is paused (backpressure). */
const PAUSE_AT_CHUNKS = 2_000;

/**
 * The chunks of a streamed chat completion, read from the SDK's raw response (`.asResponse()`):
 * what the SDK's own Stream yields, decoded with eventsource-parser instead, and handed over as
 * one batch of what arrived since the last one. The SDK's decoder copies its whole buffer for
 * every event it takes out of it (quadratic in the events of one read, bench:parsing), and each
 * item passes through several async generators; here a busy server that finds 20 chunks waiting
 * pays for one hop, not 20. The body is read as the Node stream the app's fetch made
 * (`nodeBodyOf`, one `data` event per network read, decision 017), or any other response's web
 * body through `Readable.fromWeb`.
 *
 * As the SDK does: `[DONE]` ends the stream, an event whose data carries `error` throws an
 * APIError (mapped like any other), data that is not JSON throws, and an aborted request ends
 * the stream quietly (the caller checks its signal).
 */
export async function* readCompletionChunks(response: Response): AsyncGenerator<CompletionChunk[], void> {
  const { stream, asFetchError } = nodeBodyOrAdapted(response);
  let batch: CompletionChunk[] = [];
  let failure: unknown = null;
  let finished = false;
  let ended = false;
  let wake: (() => void) | null = null;
  const parser = createParser({
    onEvent: (message) => {
      if (finished || failure !== null) return;
      if (message.data.startsWith('[DONE]')) {
        finished = true;
        return;
      }
      const data = parseCompletionChunk(message.data);
      if (data?.error) failure = new APIError(undefined, data.error, undefined, response.headers);
      else batch.push(data);
    },
  });
  const onData = (text: string) => {
    try {
      parser.feed(text);
    } catch (error) {
      failure ??= error;
    }
    if (batch.length >= PAUSE_AT_CHUNKS) stream.pause();
    wake?.();
  };
  const onEnd = () => {
    ended = true;
    wake?.();
  };
  const onError = (error: Error) => {
    failure ??= asFetchError(error);
    wake?.();
  };
  stream.setEncoding('utf8');
  stream.on('data', onData).once('end', onEnd).on('error', onError);
  try {
    for (;;) {
      if (batch.length > 0) {
        const taken = batch;
        batch = [];
        if (stream.isPaused() && !finished && failure === null) stream.resume();
        yield taken;
        continue;
      }
      if (failure !== null) throw failure;
      if (finished || ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } catch (error) {
    if (isAbortError(error)) return;
    throw error;
  } finally {
    stream.off('data', onData).off('end', onEnd);
    // Ended early ([DONE], an error event, the reader left): the rest of the body is not wanted.
    if (!stream.readableEnded) stream.destroy();
  }
}

function nodeBodyOrAdapted(response: Response): NodeBody {
  const own = nodeBodyOf(response);
  if (own) return own;
  if (!response.body) throw new Error('The AI service answered a streamed request without a body.');
  return { stream: Readable.fromWeb(response.body as never), asFetchError: (error) => error };
}
