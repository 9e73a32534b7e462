import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

/**
 * The parts of a streamed chunk the app reads (a ChatCompletionChunk is one): the model that
 * answered, usage when reported, and per choice its delta and finish reason.
 */
export type CompletionChunk = {
  model?: ChatCompletionChunk['model'];
  usage?: ChatCompletionChunk['usage'];
  choices: Array<{
    delta?: Pick<ChatCompletionChunk.Choice.Delta, 'content' | 'refusal'>;
    finish_reason?: ChatCompletionChunk.Choice['finish_reason'];
  }>;
};

/**
 * A content-only chunk exactly as OpenAI (and the servers that copy it) writes it: the fields in
 * this order, an optional `service_tier` / `system_fingerprint` / `obfuscation`, no usage, no
 * finish reason, no refusal. Nearly every chunk of a reply has this shape.
 */
const CONTENT_ONLY_CHUNK = new RegExp(
  [
    '^\\{"id":"[^"\\\\]*","object":"chat\\.completion\\.chunk","created":\\d+,"model":"([^"\\\\]*)"',
    '(?:,"(?:service_tier|system_fingerprint)":(?:"[^"\\\\]*"|null))*',
    ',"choices":\\[\\{"index":0,"delta":\\{"content":("(?:[^"\\\\]|\\\\.)*")\\},"logprobs":null,"finish_reason":null\\}\\]',
    '(?:,"usage":null)?',
    '(?:,"(?:service_tier|system_fingerprint|obfuscation)":(?:"[^"\\\\]*"|null))*\\}$',
  ].join(''),
);

/**
 * One streamed chunk's data. A content-only chunk is read without building the whole object (its
 * id, fingerprint and padding are never used): at thousands of chunks a reply, the full parse and
 * the garbage it leaves were a quarter of the busy time under load (decision 017). Anything else
 * (the first and last chunks, usage, errors, another server's layout) is parsed in full. Data that
 * is not JSON throws, as JSON.parse does.
 */
export function parseCompletionChunk(data: string): CompletionChunk & { error?: object } {
  const contentOnly = CONTENT_ONLY_CHUNK.exec(data);
  if (contentOnly === null) return JSON.parse(data) as CompletionChunk & { error?: object };
  const content = JSON.parse(contentOnly[2]!) as string;
  return { model: contentOnly[1]!, choices: [{ delta: { content }, finish_reason: null }] };
}
