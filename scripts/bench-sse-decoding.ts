/**
 * CPU cost of decoding one streamed reply's server-sent events (3,158 chunk events, as the bench's
 * fake sends a 10-question reply), by the openai SDK's Stream and by readCompletionChunks
 * (eventsource-parser), with the body arriving in reads of different sizes: one event per read (an
 * idle server), and 16 KB or 64 KB reads (a busy one, which finds many events waiting).
 * Run: npx tsx scripts/bench-sse-decoding.ts
 */
import { Stream } from 'openai/streaming';
import { readCompletionChunks } from '../src/llm/read-completion-chunks.js';

const EVENTS = 3_158;
const ROUNDS = 20;

function buildWire(): Uint8Array {
  const lines: string[] = [];
  for (let index = 0; index < EVENTS; index++) {
    const chunk = {
      id: 'chatcmpl-bench',
      object: 'chat.completion.chunk',
      created: 1_764_000_000,
      model: 'gpt-4.1-mini',
      choices: [{ index: 0, delta: { content: `tok${index % 97} ` }, finish_reason: null }],
    };
    lines.push(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  lines.push('data: [DONE]\n\n');
  return new TextEncoder().encode(lines.join(''));
}

function pieces(wire: Uint8Array, readBytes: number | 'event'): Uint8Array[] {
  if (readBytes === 'event') {
    const text = new TextDecoder().decode(wire);
    return text.split(/(?<=\n\n)/).map((event) => new TextEncoder().encode(event));
  }
  const result: Uint8Array[] = [];
  for (let start = 0; start < wire.length; start += readBytes) result.push(wire.slice(start, start + readBytes));
  return result;
}

function responseOf(parts: Uint8Array[]): Response {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < parts.length) controller.enqueue(parts[next++]!);
      else controller.close();
    },
  });
  return new Response(body);
}

async function decodeWithSdk(parts: Uint8Array[]): Promise<number> {
  let count = 0;
  for await (const _chunk of Stream.fromSSEResponse(responseOf(parts), new AbortController())) count += 1;
  return count;
}

async function decodeWithParser(parts: Uint8Array[]): Promise<number> {
  let count = 0;
  for await (const batch of readCompletionChunks(responseOf(parts))) count += batch.length;
  return count;
}

async function msPerReply(decode: (parts: Uint8Array[]) => Promise<number>, parts: Uint8Array[]): Promise<number> {
  if ((await decode(parts)) !== EVENTS) throw new Error('decoder lost events');
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) await decode(parts);
  return (performance.now() - started) / ROUNDS;
}

const wire = buildWire();
const rows: string[] = [
  '| reads | SDK Stream ms per reply | readCompletionChunks ms per reply | ratio |',
  '|---|---|---|---|',
];
for (const size of ['event', 16_384, 65_536] as const) {
  const parts = pieces(wire, size);
  const sdk = await msPerReply(decodeWithSdk, parts);
  const ours = await msPerReply(decodeWithParser, parts);
  const label = size === 'event' ? `one event per read (${parts.length})` : `${size / 1024} KB (${parts.length})`;
  rows.push(`| ${label} | ${sdk.toFixed(2)} | ${ours.toFixed(2)} | ${(ours / sdk).toFixed(2)} |`);
}
process.stdout.write(
  `${EVENTS} chunk events, ${(wire.length / 1024).toFixed(0)} KB, mean of ${ROUNDS} runs.\n\n${rows.join('\n')}\n`,
);
