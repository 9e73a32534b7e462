import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InterviewType } from '../../src/core/schemas/generation-request.js';
import { buildFakeModelReply, type FakeReplyShape } from './fake-model-replies.js';

/** Token counts the fake reports; each may be overridden in a scenario. */
export type FakeUsage = {
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
};

/** The body of an OpenAI error: `{ error: FakeErrorBody }`. */
export type FakeErrorBody = { message: string; type: string; param: string | null; code: string | null };

export type FinishReason = 'stop' | 'length' | 'content_filter';

/** Content given as text, or derived from the reply the fake model would write for this request. */
export type FakeContent = string | ((defaultContent: string) => string);

type ReplyOptions = {
  content?: FakeContent;
  finishReason?: FinishReason;
  /** Merged over realistic counts; 'omit' sends no usage at all. */
  usage?: Partial<FakeUsage> | 'omit';
  /** Apply the real model's parameter checks first (default true). */
  checkParameters?: boolean;
  /** Cut the content inside question number N+1, keeping N complete questions. */
  truncateAfterQuestions?: number;
};

export type FakeStreamScenario = ReplyOptions & {
  kind: 'stream';
  /** Characters per content chunk; 'random' draws 1-6 from `seed` (default 'random'). */
  chunkSize?: number | 'random';
  seed?: number;
  chunkDelayMs?: number;
  firstTokenDelayMs?: number;
  /** Send `data: {"error": ...}` after this many content chunks, then end the stream. */
  errorAfterChunks?: { chunks: number; error: FakeErrorBody };
  /** Destroy the socket after this many content chunks. */
  dropAfterChunks?: number;
  /** Stop sending (keeping the connection open) after this many content chunks. */
  hangAfterChunks?: number;
};
export type FakeJsonScenario = ReplyOptions & { kind: 'json' };
export type FakeErrorScenario = {
  kind: 'error';
  status: number;
  error: FakeErrorBody;
  headers?: Record<string, string>;
};
export type FakeHangScenario = { kind: 'hang' };
export type FakeScenario = FakeStreamScenario | FakeJsonScenario | FakeErrorScenario | FakeHangScenario;

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
};

const REASONING_ID = /^(gpt-5|o\d)(\b|[-.])/;
const CLASSIC_ONLY_PARAMETERS = ['top_p', 'presence_penalty', 'frequency_penalty', 'logprobs'] as const;

function invalidRequest(message: string, param: string | null, code: string | null): FakeErrorBody {
  return { message, type: 'invalid_request_error', param, code };
}

/** Named scenarios, each reproducing what OpenAI really sends. */
export const fakeScenario = {
  streamReply: (options: Omit<FakeStreamScenario, 'kind'> = {}): FakeStreamScenario => ({ kind: 'stream', ...options }),
  jsonReply: (options: Omit<FakeJsonScenario, 'kind'> = {}): FakeJsonScenario => ({ kind: 'json', ...options }),
  errorReply: (status: number, error: FakeErrorBody, headers?: Record<string, string>): FakeErrorScenario => ({
    kind: 'error',
    status,
    error,
    ...(headers ? { headers } : {}),
  }),
  invalidApiKey: (): FakeErrorScenario =>
    fakeScenario.errorReply(
      401,
      invalidRequest(
        'Incorrect API key provided: sk-inv****. You can find your API key at https://platform.openai.com/account/api-keys.',
        null,
        'invalid_api_key',
      ),
    ),
  insufficientQuota: (): FakeErrorScenario =>
    fakeScenario.errorReply(429, {
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    }),
  rateLimited: (retryAfterSeconds: number): FakeErrorScenario =>
    fakeScenario.errorReply(
      429,
      {
        message: `Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${retryAfterSeconds}s.`,
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
      { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-limit-requests': '3', 'x-ratelimit-remaining-requests': '0' },
    ),
  serverError: (status: 500 | 502 | 503 = 500): FakeErrorScenario =>
    fakeScenario.errorReply(status, {
      message:
        status === 503
          ? 'The engine is currently overloaded, please try again later.'
          : 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    }),
  modelNotFound: (model = 'does-not-exist'): FakeErrorScenario =>
    fakeScenario.errorReply(
      404,
      invalidRequest(`The model \`${model}\` does not exist or you do not have access to it.`, null, 'model_not_found'),
    ),
  unsupportedParameter: (param: string): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest(`Unsupported parameter: '${param}' is not supported with this model.`, param, 'unsupported_parameter'),
    ),
  unsupportedValue: (param: string, value: unknown = 0.7): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest(
        `Unsupported value: '${param}' does not support ${String(value)} with this model. Only the default (1) value is supported.`,
        param,
        'unsupported_value',
      ),
    ),
  jsonSchemaUnsupported: (): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest(
        "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
        'response_format',
        null,
      ),
    ),
  jsonObjectUnsupported: (): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest("Invalid parameter: 'response_format' of type 'json_object' is not supported with this model.", 'response_format', null),
    ),
  hang: (): FakeHangScenario => ({ kind: 'hang' }),
  malformedContent: (): FakeStreamScenario =>
    fakeScenario.streamReply({
      content: 'Sure! Here are some questions:\n1. Tell me about yourself.\n2. Why this company? {not json',
    }),
  truncated: (completeQuestions = 1): FakeStreamScenario =>
    fakeScenario.streamReply({ finishReason: 'length', truncateAfterQuestions: completeQuestions }),
};

/** The 400/404 a real model returns for this body, or null when it accepts it. */
function parameterError(body: Record<string, unknown>): { status: number; error: FakeErrorBody } | null {
  const model = typeof body['model'] === 'string' ? body['model'] : '';
  if (model === 'does-not-exist') return { status: 404, error: fakeScenario.modelNotFound(model).error };
  const bareModel = model.slice(model.lastIndexOf('/') + 1);
  const unsupported = (param: string, message?: string) => ({
    status: 400,
    error: invalidRequest(message ?? `Unsupported parameter: '${param}' is not supported with this model.`, param, 'unsupported_parameter'),
  });
  if (REASONING_ID.test(bareModel)) {
    const temperature = body['temperature'];
    if (temperature !== undefined && temperature !== null && temperature !== 1) {
      return { status: 400, error: fakeScenario.unsupportedValue('temperature', temperature).error };
    }
    for (const param of CLASSIC_ONLY_PARAMETERS) if (body[param] !== undefined) return unsupported(param);
    if (body['max_tokens'] !== undefined) {
      return unsupported(
        'max_tokens',
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      );
    }
  } else if (body['reasoning_effort'] !== undefined) {
    return unsupported('reasoning_effort');
  }
  const format = body['response_format'] as { type?: string } | undefined;
  if (format?.type === 'json_object' && !/json/i.test(messagesText(body))) {
    return {
      status: 400,
      error: invalidRequest(
        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
        'messages',
        null,
      ),
    };
  }
  return null;
}

type Message = { role?: string; content?: unknown };

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part: { text?: string }) => part?.text ?? '').join('');
  return '';
}

function messagesOf(body: Record<string, unknown>): Message[] {
  return Array.isArray(body['messages']) ? (body['messages'] as Message[]) : [];
}

function messagesText(body: Record<string, unknown>): string {
  return messagesOf(body).map((message) => contentText(message.content)).join('\n');
}

/** The shape, count and interview type the request asks for, as a model would read them. */
function readReplyRequest(body: Record<string, unknown>) {
  const format = body['response_format'] as { json_schema?: { schema?: { properties?: object } } } | undefined;
  const properties = format?.json_schema?.schema?.properties;
  const text = messagesText(body);
  const has = (key: string) => (properties ? key in properties : new RegExp(`"${key}"\\s*:`).test(text));
  const shape: FakeReplyShape = has('analysis') ? 'chain_of_thought' : has('overview') ? 'structured' : 'base';
  const userMessages = messagesOf(body).filter((message) => message.role === 'user');
  const lastUser = contentText(userMessages[userMessages.length - 1]?.content);
  const count = Number(/exactly (\d+) question/i.exec(lastUser)?.[1] ?? 3);
  // The last user message is the real request; earlier ones may be few-shot examples.
  const interviewType: InterviewType = /case[ _-]?stud(y|ies)/i.test(lastUser)
    ? 'case_study'
    : /behaviou?ral/i.test(lastUser)
      ? 'behavioral'
      : /reverse|to ask the (employer|interviewer|company)/i.test(lastUser)
        ? 'reverse'
        : 'technical';
  return { shape, count, interviewType, promptChars: text.length };
}

function truncateInsideQuestion(content: string, completeQuestions: number): string {
  try {
    const questions = (JSON.parse(content) as { questions?: unknown[] }).questions ?? [];
    const next = questions[completeQuestions];
    if (next === undefined) return content.slice(0, Math.floor(content.length * 0.9));
    const nextText = JSON.stringify(next);
    const start = content.indexOf(nextText);
    return content.slice(0, start + Math.floor(nextText.length / 2));
  } catch {
    return content.slice(0, Math.floor(content.length / 2));
  }
}

/** Small seeded PRNG (mulberry32) so random chunkings are reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function splitIntoChunks(content: string, chunkSize: number | 'random', seed: number): string[] {
  const characters = Array.from(content); // code points: a token never splits a surrogate pair
  const random = seededRandom(seed);
  const chunks: string[] = [];
  for (let start = 0; start < characters.length; ) {
    const size = chunkSize === 'random' ? 1 + Math.floor(random() * 6) : Math.max(1, chunkSize);
    chunks.push(characters.slice(start, start + size).join(''));
    start += size;
  }
  return chunks;
}

function wireUsage(usage: FakeUsage) {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedTokens, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: usage.reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Starts an OpenAI-compatible server on 127.0.0.1 (random port) that speaks the real wire format of
 * POST /v1/chat/completions, applies the real models' parameter rules and records every request.
 */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeScenario[] = [];
  const requests: RecordedRequest[] = [];
  let defaultScenario: FakeScenario = fakeScenario.streamReply();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
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
        error: invalidRequest("You didn't provide an API key. You need to provide your API key in an Authorization header.", null, null),
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
    const defaultContent = JSON.stringify(buildFakeModelReply(asked));
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
    const send = (payload: unknown) => response.write(`data: ${JSON.stringify(payload)}\n\n`);
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
      if (!isOpen()) return;
      chunk({ content: piece }, null);
      recorded.chunksSent += 1;
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
    response.end('data: [DONE]\n\n', () => {
      recorded.completed = true;
    });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: String(error), type: 'server_error', param: null, code: null } }));
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
  };
}
