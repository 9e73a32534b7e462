import { fakeScenario, type FakeScenario } from '../support/fake-openai-scenarios.js';

/**
 * One upstream fault, as the fake OpenAI server plays it to every request of a burst (`always`) or
 * to the first request of each (`first`, later attempts get a normal reply), with the outcome the
 * README and the error table document for it.
 */
export type FaultScenario = {
  name: string;
  scenario: FakeScenario;
  playedTo: 'always' | 'first';
  /** `done`, or the error code the request must end with. */
  expected: string;
  /** Whether the retry policy may send the same request again (rate limits, 5xx, drops before content). */
  retryable: boolean;
};

const upstreamError = (type: string, code: string | null, message: string) => ({ message, type, param: null, code });
/** Content chunks before a mid-stream fault: well after the first questions have streamed. */
const MID_STREAM = 200;

/** Every fault the fake server can play, for generations and practice answers alike. */
export const FAULT_SCENARIOS: FaultScenario[] = [
  { name: 'no fault', scenario: fakeScenario.streamReply(), playedTo: 'always', expected: 'done', retryable: false },
  {
    name: '500 every attempt',
    scenario: fakeScenario.serverError(500),
    playedTo: 'always',
    expected: 'upstream_unavailable',
    retryable: true,
  },
  {
    name: '502 then ok',
    scenario: fakeScenario.serverError(502),
    playedTo: 'first',
    expected: 'done',
    retryable: true,
  },
  {
    name: '503 every attempt',
    scenario: fakeScenario.serverError(503),
    playedTo: 'always',
    expected: 'upstream_unavailable',
    retryable: true,
  },
  {
    name: '429 retry-after 1 s, then ok',
    scenario: fakeScenario.rateLimited(1),
    playedTo: 'first',
    expected: 'done',
    retryable: true,
  },
  {
    name: '429 retry-after 1 s every attempt',
    scenario: fakeScenario.rateLimited(1),
    playedTo: 'always',
    expected: 'upstream_rate_limited',
    retryable: true,
  },
  {
    name: '429 retry-after 60 s (beyond budget)',
    scenario: fakeScenario.rateLimited(60),
    playedTo: 'always',
    expected: 'upstream_rate_limited',
    retryable: false,
  },
  {
    name: '429 insufficient_quota',
    scenario: fakeScenario.insufficientQuota(),
    playedTo: 'always',
    expected: 'upstream_quota',
    retryable: false,
  },
  {
    name: '401 invalid key',
    scenario: fakeScenario.invalidApiKey(),
    playedTo: 'always',
    expected: 'upstream_auth',
    retryable: false,
  },
  {
    name: '403 permission denied',
    scenario: fakeScenario.errorReply(
      403,
      upstreamError(
        'invalid_request_error',
        'unsupported_country_region_territory',
        'Country, region, or territory not supported',
      ),
    ),
    playedTo: 'always',
    expected: 'upstream_auth',
    retryable: false,
  },
  {
    name: '404 model not found',
    scenario: fakeScenario.modelNotFound(),
    playedTo: 'always',
    expected: 'model_not_found',
    retryable: false,
  },
  {
    name: '400 json_schema refused',
    scenario: fakeScenario.jsonSchemaUnsupported(),
    playedTo: 'first',
    expected: 'done',
    retryable: false,
  },
  {
    name: '400 every response format refused',
    scenario: fakeScenario.jsonSchemaUnsupported(),
    playedTo: 'always',
    expected: 'output_invalid',
    retryable: false,
  },
  {
    name: 'no answer at all (hang)',
    scenario: fakeScenario.hang(),
    playedTo: 'always',
    expected: 'upstream_timeout',
    retryable: false,
  },
  {
    name: 'slow first token (within timeout)',
    scenario: fakeScenario.streamReply({ firstTokenDelayMs: 1000 }),
    playedTo: 'always',
    expected: 'done',
    retryable: false,
  },
  {
    name: 'stall mid-stream',
    scenario: fakeScenario.streamReply({ hangAfterChunks: MID_STREAM }),
    playedTo: 'always',
    expected: 'upstream_timeout',
    retryable: false,
  },
  {
    name: 'connection drop before content',
    scenario: fakeScenario.streamReply({ dropAfterChunks: 0 }),
    playedTo: 'always',
    expected: 'upstream_unavailable',
    retryable: true,
  },
  {
    name: 'connection drop mid-stream',
    scenario: fakeScenario.streamReply({ dropAfterChunks: MID_STREAM }),
    playedTo: 'always',
    expected: 'upstream_unavailable',
    retryable: false,
  },
  {
    name: 'server error inside the stream',
    scenario: fakeScenario.streamReply({
      errorAfterChunks: {
        chunks: MID_STREAM,
        error: upstreamError('server_error', null, 'The server had an error while processing your request.'),
      },
    }),
    playedTo: 'always',
    expected: 'upstream_unavailable',
    retryable: false,
  },
  {
    name: 'reply that is not JSON',
    scenario: fakeScenario.malformedContent(),
    playedTo: 'always',
    expected: 'output_invalid',
    retryable: false,
  },
  {
    name: 'reply cut at max tokens',
    scenario: fakeScenario.truncated(1),
    playedTo: 'always',
    expected: 'output_truncated',
    retryable: false,
  },
  {
    name: '400 unsupported parameter (remembered for the model)',
    scenario: fakeScenario.unsupportedParameter('reasoning_effort'),
    playedTo: 'first',
    expected: 'done',
    retryable: false,
  },
  {
    name: 'no usage reported',
    scenario: fakeScenario.streamReply({ usage: 'omit' }),
    playedTo: 'always',
    expected: 'done',
    retryable: false,
  },
];
