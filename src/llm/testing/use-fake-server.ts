import { afterAll, afterEach, beforeAll } from 'vitest';

type ResettableServer = { reset(): void; close(): Promise<void> };

/**
 * Starts a server (the fake OpenAI server) once for the calling test file, resets it after each
 * test and closes it after the last. Call it at the top level of the file; the accessor it returns
 * is valid inside tests and hooks. (src/llm may not import test/support, so the file passes `start`.)
 */
export function useFakeServer<Server extends ResettableServer>(start: () => Promise<Server>): () => Server {
  let server: Server | null = null;
  beforeAll(async () => {
    server = await start();
  });
  afterEach(() => server?.reset());
  afterAll(async () => {
    await server?.close();
    server = null;
  });
  return () => {
    if (!server) throw new Error('The fake server runs only inside tests and hooks.');
    return server;
  };
}
