/**
 * What receiving a streamed reply costs on this machine at one network read per chunk (a paced
 * upstream writes each chunk on its own, as OpenAI does): 200 streams of 300 chunks 10 ms apart
 * from a server in another process, read by four clients, CPU of the reading process per chunk.
 * - raw TCP (node:net, the bytes only): the floor of the kernel and libuv;
 * - node:http, the body's bytes only: the floor of an HTTP client;
 * - the app's path (createNodeHttpFetch + readCompletionChunks: SSE events and chunks decoded);
 * - global fetch with a web-stream reader, eventsource-parser and JSON.parse (the path before).
 * `npm run bench:read-floor`; also part of `npm run bench -- --only=parsing`.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { createParser } from 'eventsource-parser';
import { createNodeHttpFetch } from '../src/llm/node-http-fetch.js';
import { readCompletionChunks } from '../src/llm/read-completion-chunks.js';

const STREAMS = 200;
const CHUNKS = 300;
const SPACING_MS = 10;

function chunkLine(index: number): string {
  const chunk = {
    id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
    object: 'chat.completion.chunk',
    created: 1733000000,
    model: 'gpt-4.1-mini-2025-04-14',
    service_tier: 'default',
    system_fingerprint: 'fp_6f2e3b4f',
    choices: [{ index: 0, delta: { content: ` tok${index % 10}` }, logprobs: null, finish_reason: null }],
    usage: null,
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

function serve(): void {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.flushHeaders();
      let sent = 0;
      const timer = setInterval(() => {
        response.write(chunkLine(sent));
        sent += 1;
        if (sent === CHUNKS) {
          clearInterval(timer);
          response.end('data: [DONE]\n\n');
        }
      }, SPACING_MS);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as net.AddressInfo).port));
}

type Client = (url: URL) => Promise<void>;

const rawTcp: Client = (url) =>
  new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () =>
      socket.write(`POST ${url.pathname} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`),
    );
    socket
      .on('data', () => {})
      .on('end', resolve)
      .on('error', reject);
  });

const agent = new http.Agent({ keepAlive: true });
const httpBytes: Client = (url) =>
  new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent }, (response) => {
      response
        .on('data', () => {})
        .on('end', resolve)
        .on('error', reject);
    });
    request.on('error', reject).end('{}');
  });

const appFetch = createNodeHttpFetch();
const appPath: Client = async (url) => {
  const response = await appFetch(url.href, { method: 'POST', body: '{}' });
  for await (const batch of readCompletionChunks(response)) void batch;
};

const fetchPath: Client = async (url) => {
  const response = await fetch(url, { method: 'POST', body: '{}' });
  const parser = createParser({ onEvent: (message) => message.data !== '[DONE]' && JSON.parse(message.data) });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    parser.feed(decoder.decode(value, { stream: true }));
  }
};

async function cpuMicrosecondsPerChunk(client: Client, url: URL): Promise<number> {
  const started = process.cpuUsage();
  await Promise.all(Array.from({ length: STREAMS }, () => client(url)));
  const used = process.cpuUsage(started);
  return (used.user + used.system) / (STREAMS * CHUNKS);
}

async function main(): Promise<void> {
  const server = fork(new URL(import.meta.url).pathname, ['--serve'], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve) => server.once('message', (message) => resolve(Number(message))));
  const url = new URL(`http://127.0.0.1:${port}/v1/chat/completions`);
  const clients: [string, Client][] = [
    ['raw TCP (node:net), bytes only', rawTcp],
    ['node:http, bytes only', httpBytes],
    ['the app: createNodeHttpFetch + readCompletionChunks', appPath],
    ['global fetch + web-stream reader + eventsource-parser + JSON.parse', fetchPath],
  ];
  const runs = new Map<string, number[]>(clients.map(([name]) => [name, []]));
  for (const [, client] of clients) await client(url); // warm up
  for (let round = 0; round < 2; round += 1) {
    for (const [name, client] of clients) runs.get(name)!.push(await cpuMicrosecondsPerChunk(client, url));
  }
  server.kill();
  const rows = clients.map(([name]) => {
    const best = Math.min(...runs.get(name)!);
    return `| ${name} | ${best.toFixed(1)} | ${((best * 3158) / 1000).toFixed(0)} |`;
  });
  console.log(
    [
      `Receiving at one network read per chunk: ${STREAMS} streams × ${CHUNKS} chunks, ${SPACING_MS} ms apart, from another process; CPU of the reading process (best of 2 rounds).`,
      '',
      '| client | CPU µs per chunk | ms for a 3,158-chunk reply |',
      '|---|---:|---:|',
      ...rows,
    ].join('\n'),
  );
}

if (process.argv.includes('--serve')) serve();
else await main();
