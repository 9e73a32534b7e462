/** Timed clients: a stream through the app's API, and the same request straight to the fake upstream. */
import { createArrayElementStreamParser } from '../../src/core/parsing/create-array-element-stream-parser.js';
import { createServerSentEventParser } from '../../src/web/lib/server-sent-event-parser.js';

/** The chunks of a fetch body as they arrive. */
export async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** When a streamed chat completion's first element and `[DONE]` passed, and its content chunks. */
export type CompletionFigures = { firstElementMs: number | null; completeMs: number | null; chunks: number };

/** How the fake writes a content chunk's delta (the role chunk's empty content is written otherwise). */
const CONTENT_MARK = '"delta":{"content":"';
const DONE_MARK = 'data: [DONE]';

/**
 * Times a streamed chat completion (OpenAI's SSE) from its bytes as they pass, in ms since
 * `startedAt`: when the first element of `arrayKey` is complete in the JSON, when `[DONE]` arrives.
 * The events are decoded only until that first element; after it the bytes are only scanned for
 * content chunks and `[DONE]`. The fake times every stream the app reads, on the same 2 cores:
 * decoding each reply in full there cost as much CPU as the app spends reading it.
 */
export function createCompletionTimer(arrayKey: string, startedAt: number) {
  const figures: CompletionFigures = { firstElementMs: null, completeMs: null, chunks: 0 };
  const events = createServerSentEventParser();
  const elements = createArrayElementStreamParser({ arrayKey });
  const decoder = new TextDecoder();
  // The end of the text already scanned, in case a mark is cut between two reads.
  let tail = '';
  const findFirstElement = (text: string) => {
    for (const { data } of events.push(text)) {
      if (data === '[DONE]') continue;
      const chunk = JSON.parse(data) as { choices?: { delta?: { content?: string } }[] };
      const content = chunk.choices?.[0]?.delta?.content;
      if (content && elements.push(content).length > 0) {
        figures.firstElementMs = performance.now() - startedAt;
        return;
      }
    }
  };
  return {
    figures,
    push(bytes: Uint8Array | string): void {
      const text = typeof bytes === 'string' ? bytes : decoder.decode(bytes, { stream: true });
      const scanned = tail + text;
      for (let at = scanned.indexOf(CONTENT_MARK); at !== -1; at = scanned.indexOf(CONTENT_MARK, at + 1)) {
        figures.chunks += 1;
      }
      if (figures.firstElementMs === null) findFirstElement(text);
      if (figures.completeMs === null && scanned.includes(DONE_MARK)) {
        figures.completeMs = performance.now() - startedAt;
      }
      tail = scanned.slice(-(Math.max(CONTENT_MARK.length, DONE_MARK.length) - 1));
    },
  };
}

/** What one stream took, in ms from the moment the request was sent. */
export type StreamTiming = {
  tag: string;
  ok: boolean;
  error?: string;
  startedAt: number;
  firstElementMs: number | null;
  completeMs: number | null;
  /** Last `progress` outputTokens, and `usage` output less reasoning tokens (app streams only). */
  progressOutputTokens?: number;
  finalVisibleTokens?: number;
  sessionId?: string;
  /** Size of the SSE events the app wrote (app streams only). */
  events?: number;
  /** Content chunks received (direct streams only). */
  chunks?: number;
  /** When the app's response headers arrived (the request admitted, its stream started), app streams only. */
  headersMs?: number;
  /** When the stream ended, well or not, in ms from the moment the request was sent. */
  endedMs?: number;
};

/** What a team-mode client adds to a stream: its sign-in cookie, a way to give up, a first-element hook. */
export type AppStreamOptions = {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Called once, when the first element event arrives. */
  onFirstElement?: () => void;
};

/** The error's message, with its cause's code (fetch's `terminated` says nothing of why without it). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = cause?.code ?? cause?.message;
  return typeof detail === 'string' ? `${error.message} (${detail})` : error.message;
}

/** POSTs to the app (`/api/generations` or `/api/practice`) and times the first element event and `done`. */
export async function timeAppStream(
  url: string,
  body: unknown,
  tag: string,
  elementEvent: 'question' | 'criterion',
  options: AppStreamOptions = {},
): Promise<StreamTiming> {
  const startedAt = performance.now();
  const timing: StreamTiming = { tag, ok: false, startedAt, firstElementMs: null, completeMs: null, events: 0 };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...options.headers },
      body: JSON.stringify(body),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    timing.headersMs = performance.now() - startedAt;
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${await response.text()}`);
    const parser = createServerSentEventParser();
    const decoder = new TextDecoder();
    for await (const value of chunksOf(response.body)) {
      for (const event of parser.push(decoder.decode(value, { stream: true }))) {
        timing.events! += 1;
        const now = performance.now() - startedAt;
        if (event.event === elementEvent && timing.firstElementMs === null) {
          timing.firstElementMs = now;
          options.onFirstElement?.();
        } else if (event.event === 'progress') timing.progressOutputTokens = JSON.parse(event.data).outputTokens;
        else if (event.event === 'usage') {
          const usage = JSON.parse(event.data) as { outputTokens: number; reasoningTokens: number };
          timing.finalVisibleTokens = usage.outputTokens - usage.reasoningTokens;
        } else if (event.event === 'done') {
          timing.completeMs = now;
          timing.ok = timing.firstElementMs !== null;
          const data = JSON.parse(event.data) as { id?: string };
          if (data.id) timing.sessionId = data.id;
        } else if (event.event === 'error') throw new Error(`error event ${event.data}`);
      }
    }
    if (timing.completeMs === null) throw new Error('stream ended without done');
  } catch (error) {
    timing.ok = false;
    timing.error = describeError(error);
  }
  timing.endedMs = performance.now() - startedAt;
  return timing;
}

/**
 * Sends the request body the app sent upstream straight to the fake, and times when the first
 * element of `arrayKey` is complete in the streamed JSON (the earliest the app could show it) and
 * when the whole reply has arrived (the wait-for-the-whole-reply baseline).
 */
export async function timeDirectStream(
  baseURL: string,
  body: Record<string, unknown>,
  tag: string,
  arrayKey: string,
): Promise<StreamTiming> {
  const startedAt = performance.now();
  const timing: StreamTiming = { tag, ok: false, startedAt, firstElementMs: null, completeMs: null };
  try {
    const response = await fetch(`${baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench', 'x-bench-direct': '1' },
      body: JSON.stringify(body),
    });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const timer = createCompletionTimer(arrayKey, startedAt);
    for await (const value of chunksOf(response.body)) timer.push(value);
    Object.assign(timing, timer.figures);
    timing.ok = timing.firstElementMs !== null && timing.completeMs !== null;
  } catch (error) {
    timing.error = error instanceof Error ? error.message : String(error);
  }
  return timing;
}
