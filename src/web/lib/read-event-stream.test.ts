import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import type { Question } from '../../core/schemas/question.js';
import { isApiError } from './api-error.js';
import { readEventStream } from './read-event-stream.js';

const question: Question = {
  question: 'Wie würden Sie einen Cache für 10⁶ Anfragen/s entwerfen? 🚀',
  category: 'System design',
  difficulty: 'hard',
  timeEstimateMinutes: 15,
  basedOn: 'Caches für hohe Last',
  stage: 'Technisches Interview',
  evaluates: ['Trade-offs'],
  strongAnswerSignals: ['Names an eviction policy and why'],
  redFlags: ['Ignores cache invalidation'],
  answerFramework: { kind: 'approach', steps: [{ label: 'Clarify', guidance: 'Ask about load' }] },
  hints: ['Think about eviction'],
  followUps: ['What if a node fails?'],
  caseStudy: null,
};

const wireText =
  ': comment lines are ignored\n' +
  'event: prompt\ndata: {"model":"gpt-5.4-mini","messages":[{"role":"system","content":"Sie sind ein Interviewer"}],"sessionId":"s-1"}\n\n' +
  `event: question\r\ndata: ${JSON.stringify({ index: 0, question })}\r\n\r\n` +
  'event: unknown_future_event\ndata: {}\n\n' +
  'event: usage\rdata: {"inputTokens":10,"cachedTokens":0,"outputTokens":20,"reasoningTokens":5,"costUsd":null,"model":"m"}\r\r' +
  'event: done\ndata: {"id":"abc"}\n\n';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const sorted = [...new Set(cuts)].sort((left, right) => left - right);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const cut of sorted) {
    pieces.push(bytes.slice(start, cut));
    start = cut;
  }
  pieces.push(bytes.slice(start));
  return pieces;
}

async function collect(body: ReadableStream<Uint8Array>): Promise<GenerationEvent[]> {
  const events: GenerationEvent[] = [];
  for await (const event of readEventStream(body)) events.push(event);
  return events;
}

describe('readEventStream', () => {
  const bytes = new TextEncoder().encode(wireText);

  it('yields each known event with validated data, in order, skipping comments and unknown events', async () => {
    const events = await collect(streamOf([bytes]));
    expect(events.map((event) => event.event)).toEqual(['prompt', 'question', 'usage', 'done']);
    expect(events[1]).toEqual({ event: 'question', data: { index: 0, question } });
    expect(events[3]).toEqual({ event: 'done', data: { id: 'abc' } });
  });

  it('gives the same events however the bytes are split (mid-event, mid-CRLF, mid-UTF-8 character)', async () => {
    const expected = await collect(streamOf([bytes]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        expect(await collect(streamOf(splitAt(bytes, cuts)))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('reads one byte at a time, including the four bytes of an emoji', async () => {
    const pieces = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const events = await collect(streamOf(pieces));
    expect(events[1]?.event === 'question' && events[1].data.question.question).toBe(question.question);
  });

  it('joins multi-line data with newlines', async () => {
    const text = 'event: error\ndata: {"code":"internal",\ndata: "message":"a"}\n\n';
    const events = await collect(streamOf([new TextEncoder().encode(text)]));
    expect(events).toEqual([{ event: 'error', data: { code: 'internal', message: 'a' } }]);
  });

  it('drops an event whose closing blank line never came', async () => {
    const text = 'event: done\ndata: {"id":"x"}\n';
    expect(await collect(streamOf([new TextEncoder().encode(text)]))).toEqual([]);
  });

  it('throws a readable ApiError for an event whose data does not match its schema', async () => {
    const text = 'event: question\ndata: {"index":0,"question":{"question":""}}\n\n';
    const failure = await collect(streamOf([new TextEncoder().encode(text)])).catch((error: unknown) => error);
    expect(isApiError(failure) && failure.message).toMatch(/could not read/);
  });

  it('stops with an AbortError when the request is aborted mid-stream', async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(streamController) {
        streamController.enqueue(new TextEncoder().encode('event: done\ndata: {"id":"1"}\n\n'));
        controller.signal.addEventListener('abort', () => streamController.error(controller.signal.reason));
      },
    });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const event of readEventStream(body)) {
        seen.push(event.event);
        controller.abort();
      }
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['done']);
    expect(failure).toBeInstanceOf(DOMException);
    expect((failure as DOMException).name).toBe('AbortError');
  });
});
