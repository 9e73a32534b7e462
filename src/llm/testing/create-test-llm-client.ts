import { createLlmClient, type LlmClient, type LlmClientSettings } from '../create-llm-client.js';

export const TEST_API_KEY = 'sk-proj-secret-test-key-1234567890';

/**
 * A client of the server at `baseURL` (the fake OpenAI server) with a key, a 5 s timeout and a
 * jitter-free retry policy (backoff exactly 0.5 s, 1 s...); any setting may be overridden.
 */
export function createTestLlmClient(baseURL: string, settings: Partial<LlmClientSettings> = {}): LlmClient {
  const { retryPolicy, ...rest } = settings;
  return createLlmClient({
    apiKey: TEST_API_KEY,
    apiKeyRequired: true,
    baseURL,
    timeoutMs: 5_000,
    ...rest,
    retryPolicy: { random: () => 0, ...retryPolicy },
  });
}
