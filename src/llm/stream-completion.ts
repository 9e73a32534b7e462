import type { CompletionUsage } from 'openai/resources/completions';
import { AppError } from '../core/errors.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { Usage } from '../core/schemas/usage.js';
import type { CompletionEnd, CompletionEvent, CompletionRequest } from './completion-request.js';
import { convertOpenAIUsage } from './convert-openai-usage.js';
import type { CompletionChunk } from './parse-completion-chunk.js';
import { describeUpstreamError, mapOpenAIError } from './map-openai-error.js';
import { openCompletionStream, type OpenedStream, type OpenStreamContext } from './open-completion-stream.js';
import { createSpendMeter, toEstimatedUsage, type SpendMeter } from './spend-meter.js';

export type CompletionContext = Omit<OpenStreamContext, 'deadline' | 'signal'> & {
  /** Whether the server needs a key that is not configured. */
  keyMissing: boolean;
};

/**
 * How often the tokens spent so far are reported while the reply streams. Each report is one write
 * to the client socket: at 200 streams, twice a second was 13 % of the busy time in the profile.
 */
const PROGRESS_INTERVAL_MS = 1_000;

type ReplyState = {
  text: string;
  finishReason: string | null;
  usage: CompletionUsage | null;
  respondedModel: string | undefined;
  refusal: string;
  /** Reply text not yet counted for progress. */
  uncounted: string;
  countedTokens: number;
};

/** The failure a finish reason stands for, or null when the reply ended normally. */
function finishFailure(finishReason: string | null): AppError | null {
  if (finishReason === 'length') return new AppError('output_truncated');
  if (finishReason === 'content_filter') {
    return new AppError('output_invalid', {
      message:
        "The AI provider's content filter stopped the reply. Rephrase the input (remove anything that could read as harmful) and try again.",
    });
  }
  return null;
}

/** The billed input: the messages, plus the response schema when it was sent as one. */
function billedInputOf(opened: OpenedStream, request: CompletionRequest): PromptMessage[] {
  if (opened.responseFormat !== 'json_schema' || !request.responseFormat) return opened.messages;
  return [...opened.messages, { role: 'system', content: JSON.stringify(request.responseFormat.schema) }];
}

/** Reads one chunk into the state; the text it adds, if any. */
function readChunk(state: ReplyState, chunk: CompletionChunk): string {
  if (chunk.usage) state.usage = chunk.usage;
  state.respondedModel ??= chunk.model;
  const choice = chunk.choices[0];
  if (!choice) return '';
  if (choice.finish_reason) state.finishReason = choice.finish_reason;
  if (choice.delta?.refusal) state.refusal += choice.delta.refusal;
  const content = choice.delta?.content;
  if (!content) return '';
  state.text += content;
  state.uncounted += content;
  return content;
}

/**
 * Runs one streamed chat completion against an OpenAI-compatible server and yields its events
 * (see CompletionEvent), then returns the whole text and finish reason. Shared by structured and
 * plain-text calls: the retry policy, request adaptation, idle timeout, error mapping and spend
 * meter live here once. A failure is thrown as an AppError after the events already yielded, and
 * after a `usage` event for a request that was answered even partly. Aborting `options.signal`
 * aborts the upstream request at once and throws AppError('cancelled').
 */
export async function* streamCompletion(
  context: CompletionContext,
  request: CompletionRequest,
  options: { signal: AbortSignal },
): AsyncGenerator<CompletionEvent, CompletionEnd> {
  if (context.keyMissing) throw new AppError('no_api_key');
  const { signal } = options;
  if (signal.aborted) throw new AppError('cancelled');
  const { model } = request;
  let opened: OpenedStream | null = null;
  const state: ReplyState = {
    text: '',
    finishReason: null,
    usage: null,
    respondedModel: undefined,
    refusal: '',
    uncounted: '',
    countedTokens: 0,
  };
  let usageReported = false;
  let spendMeter: Promise<SpendMeter | null> | null = null;
  try {
    opened = yield* openCompletionStream(
      { ...context, signal, deadline: Date.now() + context.retryPolicy.maxTotalMs },
      request,
    );
    yield { type: 'opened', messages: opened.messages, responseFormat: opened.responseFormat };
    // Counting is a nicety: without the tokenizer there is just no progress event.
    spendMeter = createSpendMeter(billedInputOf(opened, request), model).catch(() => null);
    // Never awaited in the loop (the first call loads the tokenizer): the first report goes out
    // with the first chunk after the meter is ready, with the input's cost, then one a second.
    const counting: { meter: SpendMeter | null } = { meter: null };
    void spendMeter.then((meter) => (counting.meter = meter));
    let lastProgressAt = -Infinity;

    for (const chunk of opened.buffered) {
      const text = readChunk(state, chunk);
      if (text) yield { type: 'delta', text };
    }
    for (;;) {
      const next = await opened.reader.next();
      if (next.done) break;
      // One delta for the chunks of one network read.
      let text = '';
      for (const chunk of next.value) text += readChunk(state, chunk);
      if (text) yield { type: 'delta', text };
      const { meter } = counting;
      if (meter !== null && Date.now() - lastProgressAt >= PROGRESS_INTERVAL_MS) {
        lastProgressAt = Date.now();
        // Only the text since the last report is counted: linear in the reply, not quadratic.
        state.countedTokens += meter.countText(state.uncounted);
        state.uncounted = '';
        yield { type: 'progress', spend: meter.measure(state.countedTokens) };
      }
    }
    // An aborted request ends the stream quietly (readCompletionChunks).
    if (signal.aborted) throw new AppError('cancelled');
    // The text since the last report, so that the last figure is the whole visible reply; not
    // needed when the server reported usage, which comes next.
    const lastMeter = state.uncounted && !state.usage ? await spendMeter : null;
    if (lastMeter) {
      state.countedTokens += lastMeter.countText(state.uncounted);
      state.uncounted = '';
      yield { type: 'progress', spend: lastMeter.measure(state.countedTokens) };
    }

    if (state.usage) {
      usageReported = true;
      yield { type: 'usage', usage: convertOpenAIUsage(state.usage, model, state.respondedModel) };
    }
    const failure = finishFailure(state.finishReason);
    if (failure) throw failure;
    return { text: state.text, finishReason: state.finishReason, refusal: state.refusal || null };
  } catch (error) {
    const appError = mapOpenAIError(error);
    const upstream = describeUpstreamError(error, context.apiKey);
    const details = { model, ...upstream, upstreamCode: upstream['code'], code: appError.code };
    if (appError.code === 'cancelled') context.logger.info(details, 'Model call cancelled');
    else context.logger.warn(details, 'Model call failed');
    // Tokens are billed for a request that was answered even partly: count them ourselves.
    if (opened && !usageReported) {
      const estimate = await estimatedUsage(
        spendMeter ?? createSpendMeter(billedInputOf(opened, request), model),
        state.text,
        model,
      );
      if (estimate) yield { type: 'usage', usage: estimate };
    }
    throw appError;
  } finally {
    opened?.abort();
  }
}

async function estimatedUsage(meter: Promise<SpendMeter | null>, reply: string, model: string): Promise<Usage | null> {
  const counted = await meter.catch(() => null);
  return counted ? toEstimatedUsage(counted.measure(counted.countText(reply)), model) : null;
}
