import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpFetch, nodeBodyOf } from './node-http-fetch.js';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let server: Server;
let baseURL: string;
let handle: Handler = () => {};
const seenPorts: number[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seenPorts.push(request.socket.remotePort ?? 0);
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => handle(request, Buffer.concat(parts).toString('utf8'), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const nodeFetch = createNodeHttpFetch();
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('createNodeHttpFetch', () => {
  it('sends the method, headers and body, and answers status, headers and body like fetch', async () => {
    handle = (request, body, response) => {
      response.writeHead(201, 'Made', { 'x-echo': `${request.method} ${request.headers['x-key']} ${body}` });
      response.end('{"ok":true}');
    };
    const response = await nodeFetch(`${baseURL}/v1/thing?x=1`, {
      method: 'POST',
      headers: new Headers({ 'x-key': 'k1', 'content-type': 'application/json' }),
      body: '{"a":1}',
    });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-echo')).toBe('POST k1 {"a":1}');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('gives an error status with its body, as the SDK reads it', async () => {
    handle = (_request, _body, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '3' });
      response.end('{"error":{"message":"slow down"}}');
    };
    const response = await nodeFetch(`${baseURL}/v1/chat`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.text()).toBe('{"error":{"message":"slow down"}}');
  });

  it('answers a 204 without a body', async () => {
    handle = (_request, _body, response) => response.writeHead(204).end();
    const response = await nodeFetch(`${baseURL}/empty`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('hands the streamed body over as its Node stream, piece by piece as it is written', async () => {
    let write: ((text: string) => void) | null = null;
    handle = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.flushHeaders();
      write = (text) => (text ? response.write(text) : response.end());
    };
    const response = await nodeFetch(`${baseURL}/stream`, { method: 'POST', body: '{}' });
    const body = nodeBodyOf(response);
    expect(body).toBeDefined();
    const pieces: string[] = [];
    body!.stream.setEncoding('utf8');
    body!.stream.on('data', (piece: string) => pieces.push(piece));
    const ended = new Promise((resolve) => body!.stream.once('end', resolve));
    write!('data: one\n\n');
    await nextTurn();
    expect(pieces.join('')).toBe('data: one\n\n'); // before the reply ends
    write!('data: two\n\n');
    write!('');
    await ended;
    expect(pieces.join('')).toBe('data: one\n\ndata: two\n\n');
    expect(nodeBodyOf(new Response('x'))).toBeUndefined();
  });

  it('keeps the connection for the next request', async () => {
    handle = (_request, _body, response) => response.end('ok');
    seenPorts.length = 0;
    await (await nodeFetch(`${baseURL}/a`)).text();
    await (await nodeFetch(`${baseURL}/b`)).text();
    expect(seenPorts).toHaveLength(2);
    expect(seenPorts[1]).toBe(seenPorts[0]);
  });

  it('rejects with an AbortError when the signal is aborted before or while waiting for the answer', async () => {
    const aborted = AbortSignal.abort();
    await expect(nodeFetch(`${baseURL}/x`, { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    handle = () => {}; // never answers
    const controller = new AbortController();
    const pending = nodeFetch(`${baseURL}/hang`, { method: 'POST', body: '{}', signal: controller.signal });
    await nextTurn();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('errors the body with an AbortError when the signal aborts mid-stream', async () => {
    handle = (_request, _body, response) => {
      response.writeHead(200);
      response.write('data: first\n\n');
    };
    const controller = new AbortController();
    const response = await nodeFetch(`${baseURL}/stream`, { signal: controller.signal });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: first\n\n');
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects a refused connection with fetch’s TypeError, the cause kept', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await nodeFetch(`http://127.0.0.1:${port}/`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    expect((failure as TypeError & { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
  });

  it('errors the body with TypeError("terminated") when the connection is cut mid-stream', async () => {
    handle = (_request, _body, response) => {
      response.writeHead(200);
      response.write('data: first\n\n', () => setTimeout(() => response.socket?.destroy(), 20));
    };
    const response = await nodeFetch(`${baseURL}/cut`);
    const reader = response.body!.getReader();
    await reader.read();
    const failure = await reader.read().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as Error).message).toBe('terminated');

    const again = await nodeFetch(`${baseURL}/cut`);
    const body = nodeBodyOf(again)!;
    const streamFailure = await new Promise<Error>((resolve) => {
      body.stream.on('error', resolve).resume();
    });
    expect(body.asFetchError(streamFailure)).toBeInstanceOf(TypeError);
  });

  it('passes what it cannot carry (a Request object) to the global fetch', async () => {
    handle = (request, body, response) => response.end(`${request.method}:${body}`);
    const response = await nodeFetch(new Request(`${baseURL}/r`, { method: 'PUT', body: 'b' }));
    expect(await response.text()).toBe('PUT:b');
    expect(nodeBodyOf(response)).toBeUndefined();
  });

  it('speaks HTTPS, checking the certificate against the trusted ones', async () => {
    const tls = path.resolve(import.meta.dirname, '../../test/fixtures/tls');
    const secure = createHttpsServer(
      {
        key: fs.readFileSync(path.join(tls, 'localhost-key.pem')),
        cert: fs.readFileSync(path.join(tls, 'localhost-cert.pem')),
      },
      (request, response) => {
        let body = '';
        request.on('data', (part: Buffer) => (body += part.toString()));
        request.on('end', () => response.end(`pong to ${body}`));
      },
    );
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(secure.address() as AddressInfo).port}/v1/chat/completions`;
    const script = path.resolve(import.meta.dirname, '../../test/support/fetch-with-node-http.ts');
    const run = (env: Record<string, string>) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', script, url], { env: { ...process.env, ...env } });
    try {
      const trusted = await run({ NODE_EXTRA_CA_CERTS: path.join(tls, 'localhost-cert.pem') });
      expect(trusted.stdout.trim()).toBe('200 pong to ping');
      const untrusted = await run({});
      expect(untrusted.stdout.trim()).toBe('failed: TypeError fetch failed DEPTH_ZERO_SELF_SIGNED_CERT');
    } finally {
      secure.closeAllConnections();
      await new Promise((resolve) => secure.close(resolve));
    }
  }, 30_000);
});
