import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

/** The Node stream behind a body of this fetch, for a reader that wants it without web streams. */
export type NodeBody = {
  stream: Readable;
  /** The error a stream failure stands for, named as fetch names it (see createNodeHttpFetch). */
  asFetchError(error: Error): Error;
};

const nodeBodies = new WeakMap<Response, NodeBody>();

/** The Node body of a response made by createNodeHttpFetch; undefined for any other response. */
export function nodeBodyOf(response: Response): NodeBody | undefined {
  return nodeBodies.get(response);
}

/** Statuses whose response has no body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * A fetch over node:http(s) with keep-alive agents, for the SDK's `fetch` option. The SDK still
 * builds each request, times it out, retries nothing (the retry policy does) and turns statuses
 * into its errors; only the transport changes. Global fetch hands a streamed body through
 * WHATWG streams: a promise, a queue entry and a byte copy per network read, about a third of
 * the CPU of reading a reply of thousands of small events (decision 017). Here the body is also
 * reachable as the Node stream it comes from (`nodeBodyOf`), which readCompletionChunks reads
 * with one `data` event per read; `response.body` still works, pulled from that stream only when
 * read, so the SDK's own `text()` of an error body is unchanged.
 *
 * As fetch does: an aborted signal rejects with an AbortError (and errors the body), a failed
 * connection rejects with `TypeError('fetch failed')` carrying the cause; a connection cut while
 * the body streams errors it with `TypeError('terminated')`. Requests this transport cannot carry
 * (a Request object, a streamed or form body) go to the global fetch. Idle pooled connections do
 * not keep the process alive (the agents unref them).
 */
export function createNodeHttpFetch(): typeof fetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
    'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
  };
  const nodeFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const body = init.body ?? null;
    const carriable = typeof body === 'string' || body instanceof Uint8Array || body === null;
    if (input instanceof Request || !carriable) return fetch(input, init);
    const url = new URL(input);
    const agent = url.protocol === 'https:' ? agents['https:'] : url.protocol === 'http:' ? agents['http:'] : null;
    if (!agent) return fetch(input, init);
    return send(url, agent, { ...init, body }, url.protocol === 'https:' ? https.request : http.request);
  };
  return nodeFetch as typeof fetch;
}

type CarriedInit = RequestInit & { body: string | Uint8Array | null };

function send(url: URL, agent: http.Agent, init: CarriedInit, request: typeof http.request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? null;
    if (signal?.aborted) return reject(abortErrorOf(signal));
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const outgoing = request(url, { method: init.method ?? 'GET', headers, agent });
    const onAbort = () => outgoing.destroy(abortErrorOf(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    let answered = false;
    outgoing.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      if (answered) return; // the body reports it
      reject(isAbortError(error) ? error : new TypeError('fetch failed', { cause: error }));
    });
    outgoing.once('response', (incoming) => {
      answered = true;
      incoming.once('close', () => signal?.removeEventListener('abort', onAbort));
      resolve(toResponse(incoming, signal));
    });
    outgoing.end(init.body ?? undefined);
  });
}

function toResponse(incoming: IncomingMessage, signal: AbortSignal | null): Response {
  const status = incoming.statusCode ?? 0;
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  // A cut connection surfaces as fetch's TypeError, an abort as the signal's reason.
  const asFetchError = (error: Error) =>
    signal?.aborted
      ? abortErrorOf(signal)
      : isAbortError(error)
        ? error
        : new TypeError('terminated', { cause: error });
  incoming.on('error', () => {}); // reported to whoever reads the body; never an uncaught error
  const destroyOnAbort = () => incoming.destroy(abortErrorOf(signal));
  signal?.addEventListener('abort', destroyOnAbort, { once: true });
  incoming.once('close', () => signal?.removeEventListener('abort', destroyOnAbort));
  const init = { status, statusText: incoming.statusMessage ?? '', headers };
  if (NULL_BODY_STATUSES.has(status)) {
    incoming.resume();
    return new Response(null, init);
  }
  const response = new Response(pulledWhenRead(incoming, asFetchError), init);
  nodeBodies.set(response, { stream: incoming, asFetchError });
  return response;
}

/** A web stream over the Node stream that reads nothing until it is read itself. */
function pulledWhenRead(incoming: IncomingMessage, asFetchError: (error: Error) => Error): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull: (controller) =>
        new Promise<void>((resolve) => {
          const settle = (act: () => void) => {
            incoming.off('readable', onReadable).off('end', onEnd).off('error', onError);
            act();
            resolve();
          };
          const onReadable = () => {
            const piece = incoming.read() as Buffer | null;
            if (piece !== null) settle(() => controller.enqueue(new Uint8Array(piece)));
          };
          const onEnd = () => settle(() => controller.close());
          const onError = (error: Error) => settle(() => controller.error(asFetchError(error)));
          incoming.on('readable', onReadable).once('end', onEnd).once('error', onError);
          if (incoming.readableEnded) onEnd();
          else if (incoming.errored) onError(incoming.errored);
          else onReadable();
        }),
      cancel: () => {
        incoming.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}

function abortErrorOf(signal: AbortSignal | null): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error && isAbortError(reason)
    ? reason
    : new DOMException('This operation was aborted', 'AbortError');
}

/** Whether an error is an abort, as fetch and the SDK name it. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
