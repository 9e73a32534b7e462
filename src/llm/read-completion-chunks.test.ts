import fc from 'fast-check';
import { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { readCompletionChunks } from './read-completion-chunks.js';

/** A response whose body arrives in the given pieces of bytes (then ends, or with `signal`, waits for its abort). */
function responseOf(pieces: Uint8Array[], options: { signal?: AbortSignal } = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      options.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
    async pull(controller) {
      const piece = pieces.shift();
      if (piece !== undefined) controller.enqueue(piece);
      else if (options.signal) await new Promise(() => {});
      else controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

/** The bytes cut at the given positions (any of them may fall inside a UTF-8 character). */
function cut(bytes: Uint8Array, positions: number[]): Uint8Array[] {
  const points = [...new Set(positions.map((position) => position % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    if (point > start) pieces.push(bytes.slice(start, point));
    start = Math.max(start, point);
  }
  return pieces;
}

async function readAll(response: Response): Promise<unknown[]> {
  const chunks: unknown[] = [];
  for await (const batch of readCompletionChunks(response)) chunks.push(...batch);
  return chunks;
}

const chunkOf = (content: string) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'gpt-4.1-mini',
  choices: [{ index: 0, delta: { content }, finish_reason: null }],
});

describe('readCompletionChunks', () => {
  it('yields each data object in order however the bytes are cut, with CRLF, comments and event names', () => {
    const contents = fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 20 });
    return fc.assert(
      fc.asyncProperty(
        contents,
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.boolean(),
        async (texts, positions, crlf) => {
          const newline = crlf ? '\r\n' : '\n';
          const events = texts.map((text, index) =>
            [
              index % 3 === 0 ? ': keep-alive' : null,
              index % 4 === 1 ? 'event: message' : null,
              `data: ${JSON.stringify(chunkOf(text))}`,
            ]
              .filter((line) => line !== null)
              .join(newline),
          );
          const wire = [...events, 'data: [DONE]', ''].join(newline + newline);
          const chunks = await readAll(responseOf(cut(new TextEncoder().encode(wire), positions)));
          expect(chunks).toEqual(texts.map(chunkOf));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('hands over the events of one read as one batch, and never an empty batch', async () => {
    const events = ['a', 'b', 'c'].map((text) => `data: ${JSON.stringify(chunkOf(text))}\n\n`);
    const encode = (text: string) => new TextEncoder().encode(text);
    const pieces = [encode(events[0]! + events[1]!), encode(': comment\n\n'), encode(events[2]! + 'data: [DONE]\n\n')];
    const batches: unknown[][] = [];
    for await (const batch of readCompletionChunks(responseOf(pieces))) batches.push(batch);
    expect(batches).toEqual([[chunkOf('a'), chunkOf('b')], [chunkOf('c')]]);
  });

  it('stops at [DONE] and ignores anything after it', async () => {
    const wire = `data: ${JSON.stringify(chunkOf('a'))}\n\ndata: [DONE]\n\ndata: ${JSON.stringify(chunkOf('b'))}\n\n`;
    expect(await readAll(responseOf([new TextEncoder().encode(wire)]))).toEqual([chunkOf('a')]);
  });

  it('throws an APIError with the message of an error event in the stream, after the chunks before it', async () => {
    const wire = `data: ${JSON.stringify(chunkOf('a'))}\n\ndata: ${JSON.stringify({ error: { message: 'The server had an error', type: 'server_error' } })}\n\n`;
    const chunks: unknown[] = [];
    const reading = (async () => {
      for await (const batch of readCompletionChunks(responseOf([new TextEncoder().encode(wire)])))
        chunks.push(...batch);
    })();
    await expect(reading).rejects.toBeInstanceOf(APIError);
    await expect(reading).rejects.toThrow('The server had an error');
    expect(chunks).toEqual([chunkOf('a')]);
  });

  it('throws on data that is not JSON', async () => {
    await expect(readAll(responseOf([new TextEncoder().encode('data: {not json\n\n')]))).rejects.toThrow(SyntaxError);
  });

  it('ends quietly when the request is aborted mid-stream', async () => {
    const controller = new AbortController();
    const first = new TextEncoder().encode(`data: ${JSON.stringify(chunkOf('a'))}\n\n`);
    const response = responseOf([first], { signal: controller.signal });
    const chunks: unknown[] = [];
    for await (const batch of readCompletionChunks(response)) {
      chunks.push(...batch);
      controller.abort();
    }
    expect(chunks).toEqual([chunkOf('a')]);
  });
});
