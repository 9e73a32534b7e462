import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parameterError, readReplyRequest, REASONING_ID, writeDefaultReply } from './fake-openai-model-rules.js';
import {
  fakeScenario,
  invalidRequest,
  type FakeScenario,
  type FakeUsage,
  type FinishReason,
} from './fake-openai-scenarios.js';
import { splitIntoChunks, truncateInsideQuestion, wireUsage } from './fake-openai-wire.js';

/** One request as the fake received it, updated while the reply is written. */
export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body ({} when it was not JSON). */
  body: Record<string, unknown>;
  /** The client closed the connection before the reply was finished. */
  aborted: boolean;
  /** The whole reply was written. */
  completed: boolean;
  /** Content chunks written so far, and how many the reply has (0 for non-streamed replies). */
  chunksSent: number;
  totalChunks: number;
  receivedAt: number;
};

export type FakeOpenAI = {
  /** e.g. http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  /** Scenarios for the next requests, one per request, in order. */
  enqueue(...scenarios: FakeScenario[]): void;
  /** Answers requests when the queue is empty (initially a streamed reply). */
  setDefault(scenario: FakeScenario): void;
  /** Empties the queue and the recorded requests and restores the default scenario. */
  reset(): void;
  /** Closes every connection and the server. */
  close(): Promise<void>;
  /** Sees the text of each streamed reply as it is written (null: none); the benchmark times replies so. */
  observeStreams(observer: StreamObserver | null): void;
};

/**
 * Called when a streamed reply starts, with its request and the performance.now() at which the
 * request's body had been read; the function it returns gets each piece of text the reply writes.
 */
export type StreamObserver = (request: RecordedRequest, bodyReadAt: number) => ((text: string) => void) | null;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Starts an OpenAI-compatible server on 127.0.0.1 (random port) that speaks the real wire format of
 * POST /v1/chat/completions, applies the real models' parameter rules and records every request.
 */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeScenario[] = [];
  const requests: RecordedRequest[] = [];
  let defaultScenario: FakeScenario = fakeScenario.streamReply();
  let streamObserver: StreamObserver | null = null;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const bodyReadAt = performance.now();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      // Recorded as {}; the checks below answer like OpenAI does.
    }
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
      aborted: false,
      completed: false,
      chunksSent: 0,
      totalChunks: 0,
      receivedAt: Date.now(),
    };
    requests.push(recorded);
    let droppedByServer = false;
    response.on('close', () => {
      if (!recorded.completed && !droppedByServer) recorded.aborted = true;
    });
    const isOpen = () => !response.destroyed && !response.writableEnded;
    const finish = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, {
        'content-type': 'application/json',
        'x-request-id': `req_${randomBytes(8).toString('hex')}`,
        ...headers,
      });
      response.end(JSON.stringify(payload), () => {
        recorded.completed = true;
      });
    };

    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      finish(404, { error: invalidRequest(`Invalid URL (${request.method} ${request.url})`, null, null) });
      return;
    }
    const scenario = queue.shift() ?? defaultScenario;
    if (scenario.kind === 'hang') return;
    if (scenario.kind === 'error') {
      finish(scenario.status, { error: scenario.error }, scenario.headers);
      return;
    }
    if (!request.headers.authorization) {
      finish(401, {
        error: invalidRequest(
          "You didn't provide an API key. You need to provide your API key in an Authorization header.",
          null,
          null,
        ),
      });
      return;
    }
    const rejection = scenario.checkParameters === false ? null : parameterError(body);
    if (rejection) {
      finish(rejection.status, { error: rejection.error });
      return;
    }

    const model = String(body['model'] ?? '');
    const asked = readReplyRequest(body);
    const defaultContent = writeDefaultReply(body);
    let content =
      typeof scenario.content === 'function' ? scenario.content(defaultContent) : (scenario.content ?? defaultContent);
    if (scenario.truncateAfterQuestions !== undefined) {
      content = truncateInsideQuestion(content, scenario.truncateAfterQuestions);
    }
    const reasoningTokens = REASONING_ID.test(model.slice(model.lastIndexOf('/') + 1)) ? 192 : 0;
    const usage: FakeUsage = {
      promptTokens: Math.ceil(asked.promptChars / 4) + 8,
      completionTokens: Math.ceil(content.length / 4) + reasoningTokens,
      cachedTokens: 0,
      reasoningTokens,
      ...(scenario.usage === 'omit' ? {} : scenario.usage),
    };
    const id = `chatcmpl-${randomBytes(12).toString('base64url')}`;
    const created = Math.floor(Date.now() / 1000);
    const finishReason = scenario.finishReason ?? 'stop';
    const fingerprint = 'fp_fake0001';

    if (scenario.kind === 'json' || body['stream'] !== true) {
      finish(200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        ...(scenario.usage === 'omit' ? {} : { usage: wireUsage(usage) }),
        service_tier: 'default',
        system_fingerprint: fingerprint,
      });
      return;
    }

    const pieces = splitIntoChunks(content, scenario.chunkSize ?? 'random', scenario.seed ?? 1);
    recorded.totalChunks = pieces.length;
    const observe = streamObserver?.(recorded, bodyReadAt) ?? null;
    const write = (text: string) => {
      observe?.(text);
      return response.write(text);
    };
    const send = (payload: unknown) => write(`data: ${JSON.stringify(payload)}\n\n`);
    const chunk = (delta: object, reason: FinishReason | null) =>
      send({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        service_tier: 'default',
        system_fingerprint: fingerprint,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: reason }],
        usage: null,
      });
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'x-request-id': `req_${randomBytes(8).toString('hex')}`,
    });
    response.flushHeaders();
    if (scenario.firstTokenDelayMs) await sleep(scenario.firstTokenDelayMs);
    if (!isOpen()) return;
    chunk({ role: 'assistant', content: '', refusal: null }, null);
    const firstTokenAt = performance.now();
    let charactersSent = 0;

    for (const piece of pieces) {
      if (scenario.errorAfterChunks?.chunks === recorded.chunksSent) {
        send({ error: scenario.errorAfterChunks.error });
        response.end(() => (recorded.completed = true));
        return;
      }
      if (scenario.dropAfterChunks === recorded.chunksSent) {
        droppedByServer = true;
        // Let the chunks already written reach the client before the connection dies.
        await new Promise((resolve) => response.write('', resolve));
        response.socket?.destroy();
        return;
      }
      if (scenario.hangAfterChunks === recorded.chunksSent) return;
      if (scenario.chunkDelayMs) await sleep(scenario.chunkDelayMs);
      if (scenario.tokensPerSecond) {
        const dueAt = firstTokenAt + ((charactersSent / 4) * 1000) / scenario.tokensPerSecond;
        const wait = dueAt - performance.now();
        if (wait >= 1) await sleep(wait);
      }
      if (!isOpen()) return;
      chunk({ content: piece }, null);
      recorded.chunksSent += 1;
      charactersSent += piece.length;
    }
    chunk({}, finishReason);
    const streamOptions = body['stream_options'] as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage && scenario.usage !== 'omit') {
      send({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        service_tier: 'default',
        system_fingerprint: fingerprint,
        choices: [],
        usage: wireUsage(usage),
      });
    }
    observe?.('data: [DONE]\n\n');
    response.end('data: [DONE]\n\n', () => {
      recorded.completed = true;
    });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ error: { message: String(error), type: 'server_error', param: null, code: null } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...scenarios) => void queue.push(...scenarios),
    setDefault: (scenario) => {
      defaultScenario = scenario;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      defaultScenario = fakeScenario.streamReply();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    observeStreams: (observer) => {
      streamObserver = observer;
    },
  };
}
