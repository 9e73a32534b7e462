import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import { AppError } from '../core/errors.js';
import { createQuestionStreamParser } from '../core/parsing/create-question-stream-parser.js';
import { extractJsonDocument } from '../core/parsing/extract-json-document.js';
import type { GenerationRequest } from '../core/schemas/generation-request.js';
import type { GenerationResult } from '../core/schemas/generation-result.js';
import { questionSchemaFor, toGenerationResult } from '../core/schemas/model-output.js';
import { convertOpenAIUsage } from './convert-openai-usage.js';
import { createSpendMeter, toEstimatedUsage, type SpendMeter } from './create-spend-meter.js';
import type { LlmEvent } from './llm-event.js';
import { describeUpstreamError, mapOpenAIError } from './map-openai-error.js';
import type { OpenedStream, OpenStreamContext } from './open-completion-stream.js';
import { openWithRetryNotices } from './open-with-retry-notices.js';
import { readNextChunk } from './read-next-chunk.js';

export type GenerationContext = Omit<OpenStreamContext, 'deadline' | 'signal'> & {
  /** Whether the server needs a key that is not configured. */
  keyMissing: boolean;
  defaultModel: string;
  maxRetryTotalMs: number;
};

/** How often the tokens spent so far are reported while the reply streams. */
const PROGRESS_INTERVAL_MS = 500;

type ReplyState = {
  nextIndex: number;
  finishReason: string | null;
  usage: CompletionUsage | null;
  respondedModel: string | undefined;
  refusal: string;
};

/** Why a finished stream gives no result, or null when the document is a valid result. */
function finalFailure(state: ReplyState, result: GenerationResult | null): AppError | null {
  if (state.finishReason === 'length') return new AppError('output_truncated');
  if (state.finishReason === 'content_filter') {
    return new AppError('output_invalid', {
      message:
        "The AI provider's content filter stopped the reply. Rephrase the job description (remove anything that could read as harmful) and try again.",
    });
  }
  if (state.refusal && !result) {
    return new AppError('output_invalid', {
      message: `The model declined to answer: "${state.refusal.slice(0, 200)}". Check the job description and try again.`,
    });
  }
  if (result) return null;
  if (state.finishReason === null) {
    return new AppError('upstream_unavailable', {
      message: 'The connection to the AI service ended before the reply was complete. Try again in a moment.',
    });
  }
  return new AppError('output_invalid');
}

/**
 * Runs one generation against an OpenAI-compatible server and yields its events (see LlmEvent):
 * each question as soon as its JSON object is complete in the stream, validated with
 * QuestionSchema; then the whole reply validated once. Errors are thrown as AppError; aborting
 * `options.signal` aborts the upstream request at once and throws AppError('cancelled').
 */
export async function* streamGeneration(
  context: GenerationContext,
  request: GenerationRequest,
  options: { signal: AbortSignal },
): AsyncGenerator<LlmEvent> {
  if (context.keyMissing) throw new AppError('no_api_key');
  const { signal } = options;
  if (signal.aborted) throw new AppError('cancelled');
  const model = request.model ?? context.defaultModel;
  let opened: OpenedStream | null = null;
  const parser = createQuestionStreamParser();
  let usageReported = false;
  let spendMeter: Promise<SpendMeter | null> | null = null;
  try {
    opened = yield* openWithRetryNotices(
      { ...context, signal, deadline: Date.now() + context.maxRetryTotalMs },
      request,
      model,
    );
    yield { type: 'prompt', model, messages: opened.messages };
    // Counting is a nicety: without the tokenizer there is just no progress event.
    spendMeter = createSpendMeter(opened.messages, request.technique, model).catch(() => null);
    let lastProgressAt = Date.now();

    const questionSchema = questionSchemaFor(request.technique);
    const state: ReplyState = { nextIndex: 0, finishReason: null, usage: null, respondedModel: undefined, refusal: '' };
    function* readChunk(chunk: ChatCompletionChunk): Generator<LlmEvent> {
      if (chunk.usage) state.usage = chunk.usage;
      state.respondedModel ??= chunk.model;
      const choice = chunk.choices[0];
      if (!choice) return;
      if (choice.finish_reason) state.finishReason = choice.finish_reason;
      if (choice.delta?.refusal) state.refusal += choice.delta.refusal;
      if (!choice.delta?.content) return;
      for (const element of parser.push(choice.delta.content)) {
        // A question that does not fit is left out here and in the final result alike.
        const question = questionSchema.safeParse(element);
        if (!question.success) continue;
        yield { type: 'question', index: state.nextIndex, question: question.data };
        state.nextIndex += 1;
      }
    }

    for (const chunk of opened.buffered) yield* readChunk(chunk);
    for (;;) {
      const next = await readNextChunk(opened.iterator, { idleMs: context.timeoutMs, signal });
      if (next.done) break;
      yield* readChunk(next.value);
      if (Date.now() - lastProgressAt >= PROGRESS_INTERVAL_MS) {
        lastProgressAt = Date.now();
        const meter = await spendMeter;
        if (meter) yield { type: 'progress', ...meter.measure(parser.text()) };
      }
    }
    // The SDK ends the stream quietly when it is aborted.
    if (signal.aborted) throw new AppError('cancelled');

    const document = extractJsonDocument(parser.text());
    const result = document === undefined ? null : toGenerationResult(request.technique, document);
    const usage = state.usage ? convertOpenAIUsage(state.usage, model, state.respondedModel) : null;
    const failure = finalFailure(state, result);
    if (failure || !result) {
      // The tokens were spent even though the reply is unusable: report them first.
      if (usage) {
        usageReported = true;
        yield { type: 'usage', usage };
      }
      throw failure ?? new AppError('output_invalid');
    }
    yield { type: 'result', result };
    if (usage) yield { type: 'usage', usage };
  } catch (error) {
    const appError = mapOpenAIError(error);
    const details = { model, code: appError.code, ...describeUpstreamError(error, context.apiKey) };
    if (appError.code === 'cancelled') context.logger.info(details, 'Generation cancelled');
    else context.logger.warn(details, 'Generation failed');
    // Tokens are billed for a request that was answered even partly: count them ourselves.
    if (opened && !usageReported) {
      const meter = await (spendMeter ?? createSpendMeter(opened.messages, request.technique, model).catch(() => null));
      if (meter) yield { type: 'usage', usage: toEstimatedUsage(meter.measure(parser.text()), model) };
    }
    throw appError;
  } finally {
    opened?.abort();
  }
}
