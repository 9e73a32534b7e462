import type { LlmClientSettings } from '../create-llm-client.js';
import type { StructuredOutputEvent, StructuredOutputRequest } from '../structured-output-request.js';
import { createTestLlmClient } from './create-test-llm-client.js';
import { drainStructuredOutput, type DrainedStructuredOutput } from './drain-structured-output.js';

export type TestCallOptions = {
  settings?: Partial<LlmClientSettings>;
  signal?: AbortSignal;
  /** Sees each event as it arrives (to abort on one, say). */
  onEvent?: (event: StructuredOutputEvent) => void;
};

/** Runs one structured call with a fresh test client of the server at `baseURL`, to its end. */
export function runTestCall(
  baseURL: string,
  request: StructuredOutputRequest,
  options: TestCallOptions = {},
): Promise<DrainedStructuredOutput> {
  const llm = createTestLlmClient(baseURL, options.settings);
  const stream = llm.streamStructuredOutput(request, { signal: options.signal ?? new AbortController().signal });
  return drainStructuredOutput(stream, options.onEvent);
}
