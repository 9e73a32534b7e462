/**
 * Run as its own process (so that NODE_EXTRA_CA_CERTS applies): POSTs "ping" to the URL given
 * with the app's fetch over node:http(s) and prints the status and body, or how it failed.
 */
import { createNodeHttpFetch } from '../../src/llm/node-http-fetch.js';

const url = process.argv[2] ?? '';
try {
  const response = await createNodeHttpFetch()(url, { method: 'POST', body: 'ping' });
  console.log(`${response.status} ${await response.text()}`);
} catch (error) {
  const cause = (error as { cause?: { code?: string } }).cause;
  console.log(`failed: ${(error as Error).name} ${(error as Error).message} ${cause?.code ?? ''}`);
}
