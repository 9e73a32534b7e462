import type OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { AppError } from '../core/errors.js';
import type { ResponseFormatKind } from '../core/schemas/model-stream.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { LlmLogger } from './llm-logger.js';
import { describeUpstreamError } from './map-openai-error.js';
import { createChunkReader, type ChunkReader } from './create-chunk-reader.js';
import type { CompletionChunk } from './parse-completion-chunk.js';
import { readCompletionChunks } from './read-completion-chunks.js';
import { readRejection, type Rejection } from './read-rejection.js';
import { buildRequestParams, NO_ADJUSTMENTS, type ModelAdjustments } from './request-params.js';
import { retryDelayMs, retryNoticeFor, waitBeforeRetry, type RetryPolicy } from './retry-policy.js';
import type { CompletionEvent, CompletionRequest } from './completion-request.js';

export type OpenStreamContext = {
  client: OpenAI;
  apiKey: string | null;
  timeoutMs: number;
  retryPolicy: RetryPolicy;
  /** No retry starts after this Date.now() value. */
  deadline: number;
  signal: AbortSignal;
  logger: LlmLogger;
  /** What each model rejected before, shared by every request of one client. */
  adjustments: Map<string, ModelAdjustments>;
};

/** A started completion stream, read up to its first content. */
export type OpenedStream = {
  /** The messages actually sent. */
  messages: PromptMessage[];
  responseFormat: ResponseFormatKind;
  /** The rest of the stream; closed by `abort`. */
  reader: ChunkReader<CompletionChunk[]>;
  /** Chunks already read (the role chunk, the first content). */
  buffered: CompletionChunk[];
  /** Aborts the upstream request; harmless once it has finished. */
  abort: () => void;
};

type RetryEvent = Extract<CompletionEvent, { type: 'retry' }>;

const UNDROPPABLE = new Set(['model', 'messages', 'stream']);
/** Upper bound on request changes after rejections (each parameter once, two format fallbacks). */
const MAX_ADAPTATIONS = 6;
/** Models whose adjustments are remembered; the oldest is forgotten past this (ids are user input). */
const MAX_REMEMBERED_MODELS = 100;

function carriesContent(chunk: CompletionChunk): boolean {
  const choice = chunk.choices[0];
  return Boolean(choice?.delta?.content || choice?.delta?.refusal || choice?.finish_reason);
}

async function openAttempt(
  context: OpenStreamContext,
  body: ChatCompletionCreateParamsStreaming,
): Promise<Omit<OpenedStream, 'messages' | 'responseFormat'>> {
  const controller = new AbortController();
  const abortUpstream = () => controller.abort();
  context.signal.addEventListener('abort', abortUpstream, { once: true });
  let reader: ChunkReader<CompletionChunk[]> | null = null;
  const abort = () => {
    controller.abort();
    context.signal.removeEventListener('abort', abortUpstream);
    reader?.close();
  };
  try {
    // The SDK makes the request and throws its errors; the body is decoded here (see readCompletionChunks).
    const response = await context.client.chat.completions
      .create(body, { signal: controller.signal, timeout: context.timeoutMs, maxRetries: 0 })
      .asResponse();
    reader = createChunkReader(readCompletionChunks(response), { idleMs: context.timeoutMs, signal: context.signal });
    const buffered: CompletionChunk[] = [];
    // Read up to the first content so that a failure before it can still be retried.
    for (;;) {
      const next = await reader.next();
      if (next.done) break;
      buffered.push(...next.value);
      if (next.value.some(carriesContent)) break;
    }
    return { reader, buffered, abort };
  } catch (error) {
    abort();
    throw error;
  }
}

function adjustmentsAfter(
  rejection: Rejection | null,
  adjustments: ModelAdjustments,
  body: ChatCompletionCreateParamsStreaming,
): ModelAdjustments | null {
  if (!rejection) return null;
  if (rejection.kind === 'response_format') {
    if (adjustments.responseFormat === 'none' || !('response_format' in body)) return null;
    return { ...adjustments, responseFormat: adjustments.responseFormat === 'json_schema' ? 'json_object' : 'none' };
  }
  if (UNDROPPABLE.has(rejection.param) || !(rejection.param in body)) return null;
  return { ...adjustments, droppedParameters: new Set([...adjustments.droppedParameters, rejection.param]) };
}

function rememberAdjustments(
  memory: Map<string, ModelAdjustments>,
  model: string,
  adjustments: ModelAdjustments,
): void {
  memory.delete(model);
  memory.set(model, adjustments);
  if (memory.size > MAX_REMEMBERED_MODELS) memory.delete(memory.keys().next().value!);
}

/** Logs a change of the request after a rejection; a lost strict schema is a warning, never silent. */
function logAdaptation(
  context: OpenStreamContext,
  model: string,
  before: ModelAdjustments,
  after: ModelAdjustments,
  error: unknown,
) {
  const details = {
    model,
    droppedParameters: [...after.droppedParameters],
    responseFormat: after.responseFormat,
    ...describeUpstreamError(error, context.apiKey),
  };
  if (before.responseFormat !== after.responseFormat) {
    context.logger.warn(
      details,
      `The AI server refused the ${before.responseFormat} response format; asking with ${after.responseFormat} instead`,
    );
  } else {
    context.logger.info(details, 'Model rejected part of the request; sending it again without it');
  }
}

/**
 * Starts the streamed completion for a request. Transient failures (rate limit, 5xx, dropped
 * connection) before any content are retried as the retry policy says, with a `retry` event
 * before each wait; a 400 naming an unsupported parameter or response format changes the request
 * once per cause and is remembered for the model. Throws the SDK error (or an AppError for a
 * timeout or cancel) when it gives up.
 */
export async function* openCompletionStream(
  context: OpenStreamContext,
  request: CompletionRequest,
): AsyncGenerator<RetryEvent, OpenedStream> {
  const { model } = request;
  let attempt = 1;
  // What this request learned that says nothing about the model (a refused schema), kept for this request only.
  let requestAdjustments: ModelAdjustments | null = null;
  for (let adaptation = 0; ;) {
    const adjustments: ModelAdjustments = requestAdjustments ?? context.adjustments.get(model) ?? NO_ADJUSTMENTS;
    const { body, messages, responseFormat } = buildRequestParams(request, adjustments);
    try {
      const opened = await openAttempt(context, body);
      return { ...opened, messages, responseFormat };
    } catch (error) {
      if (context.signal.aborted) throw new AppError('cancelled', { cause: error });
      const rejection = readRejection(error);
      const adjusted: ModelAdjustments | null =
        adaptation < MAX_ADAPTATIONS ? adjustmentsAfter(rejection, adjustments, body) : null;
      if (adjusted) {
        adaptation += 1;
        if (rejection?.kind === 'response_format' && rejection.schemaOnly) requestAdjustments = adjusted;
        else if (requestAdjustments) requestAdjustments = adjusted;
        else rememberAdjustments(context.adjustments, model, adjusted);
        logAdaptation(context, model, adjustments, adjusted, error);
        continue;
      }
      const delayMs = retryDelayMs(error, attempt, context.deadline, context.retryPolicy);
      if (delayMs === null) throw error;
      context.logger.warn(
        { model, attempt, delayMs, ...describeUpstreamError(error, context.apiKey) },
        'Upstream request failed; retrying',
      );
      attempt += 1;
      yield { type: 'retry', notice: retryNoticeFor(error, attempt, delayMs, context.retryPolicy) };
      await waitBeforeRetry(delayMs, context.signal);
    }
  }
}
