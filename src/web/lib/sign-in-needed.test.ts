import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './api-client.js';
import { onSignInNeeded, reportSignInNeeded } from './sign-in-needed.js';

/** Answers `/<status>/<code>` with that status and error code, as the API does. */
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const [, status, code] = (request.url ?? '').split('/');
    response.writeHead(Number(status), { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code, message: `${code} here.` } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('onSignInNeeded', () => {
  it('calls each listener until it unsubscribes', () => {
    const calls: string[] = [];
    const stopFirst = onSignInNeeded(() => calls.push('first'));
    const stopSecond = onSignInNeeded(() => calls.push('second'));
    reportSignInNeeded();
    stopFirst();
    reportSignInNeeded();
    stopSecond();
    reportSignInNeeded();
    expect(calls).toEqual(['first', 'second', 'second']);
  });

  it('hears of every API reply 401 unauthenticated, and of nothing else', async () => {
    let heard = 0;
    const stop = onSignInNeeded(() => (heard += 1));
    try {
      await expect(apiFetch(`${baseUrl}/401/unauthenticated`)).rejects.toMatchObject({ code: 'unauthenticated' });
      expect(heard).toBe(1);
      await expect(apiFetch(`${baseUrl}/401/invalid_credentials`)).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
      await expect(apiFetch(`${baseUrl}/403/forbidden`)).rejects.toMatchObject({ code: 'forbidden' });
      expect(heard).toBe(1);
    } finally {
      stop();
    }
  });
});
