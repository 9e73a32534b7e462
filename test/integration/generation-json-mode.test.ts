import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiErrorBodySchema, GenerationAnswerSchema } from '../../src/core/schemas/api.js';
import { SessionSchema } from '../../src/core/schemas/session.js';
import { fakeScenario, invalidRequest } from '../support/fake-openai-scenarios.js';
import { collectEvents, generationBody, postGeneration } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const ErrorAnswerSchema = z.object({ error: ApiErrorBodySchema });

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => testApp.close());
beforeEach(() => testApp.fake.reset());

/** POSTs a generation asking for one JSON document. */
async function postJsonGeneration(body: Record<string, unknown>) {
  const response = await fetch(`${testApp.url}/api/generations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** What OpenAI answers when the messages do not fit the model's context window. */
const contextLengthExceeded = () =>
  fakeScenario.errorReply(
    400,
    invalidRequest(
      "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
      'messages',
      'context_length_exceeded',
    ),
  );

describe('POST /api/generations as JSON: errors keep their field', () => {
  it('a context_length_exceeded reply is a 400 on jobDescription, not retried', async () => {
    testApp.fake.enqueue(contextLengthExceeded());
    const { status, body } = await postJsonGeneration(generationBody());
    expect(status).toBe(400);
    const { error } = ErrorAnswerSchema.parse(body);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'jobDescription' });
    expect(error.message).toMatch(/job description is too long/i);
    expect(testApp.fake.requests).toHaveLength(1);
  });

  it('the same reply over SSE ends with the same error body', async () => {
    testApp.fake.enqueue(contextLengthExceeded());
    const events = await collectEvents(await postGeneration(testApp.url, generationBody()));
    expect(events.map((event) => event.event)).toEqual(['started', 'error']);
    expect(ApiErrorBodySchema.parse(events.at(-1)!.data)).toMatchObject({
      code: 'invalid_input',
      field: 'jobDescription',
    });
  });
});

describe('POST /api/generations as JSON: requestId', () => {
  it('becomes the id of the session, which GET /api/sessions/:id then finds', async () => {
    const requestId = randomUUID();
    const { status, body } = await postJsonGeneration(generationBody({ requestId, questionCount: 2 }));
    expect(status).toBe(200);
    const answer = GenerationAnswerSchema.parse(body);
    expect(answer.id).toBe(requestId);
    expect(answer.prompt.sessionId).toBe(requestId);
    expect(answer.prompt.responseFormat).toBe('json_schema');
    expect(answer.result.questions).toHaveLength(2);

    const response = await fetch(`${testApp.url}/api/sessions/${requestId}`);
    expect(response.status).toBe(200);
    const session = SessionSchema.parse(await response.json());
    expect(session).toMatchObject({ id: requestId, status: 'complete' });
    expect(session.result.questions).toEqual(answer.result.questions);
  });

  it('refuses a requestId already used, with field requestId, before any upstream call', async () => {
    const requestId = randomUUID();
    expect((await postJsonGeneration(generationBody({ requestId, questionCount: 1 }))).status).toBe(200);
    testApp.fake.reset();

    const { status, body } = await postJsonGeneration(generationBody({ requestId, questionCount: 1 }));
    expect(status).toBe(400);
    expect(ErrorAnswerSchema.parse(body).error).toMatchObject({ code: 'invalid_input', field: 'requestId' });
    expect(testApp.fake.requests).toHaveLength(0);
    // The first session is untouched.
    const session = SessionSchema.parse(await (await fetch(`${testApp.url}/api/sessions/${requestId}`)).json());
    expect(session.status).toBe('complete');
  });

  it('refuses a requestId of a generation still running', async () => {
    const requestId = randomUUID();
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 6, chunkDelayMs: 5 }));
    const running = postJsonGeneration(generationBody({ requestId, questionCount: 2 }));
    for (let attempt = 0; attempt < 200 && testApp.fake.requests.length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const { status, body } = await postJsonGeneration(generationBody({ requestId, questionCount: 1 }));
    expect(status).toBe(400);
    expect(ErrorAnswerSchema.parse(body).error).toMatchObject({ code: 'invalid_input', field: 'requestId' });
    expect((await running).status).toBe(200);
    expect(testApp.fake.requests).toHaveLength(1);
  });

  it.each([['not-a-uuid'], ['12345678-1234-1234-1234-1234567890'], [42]])(
    'refuses a requestId that is not a UUID (%s) with a 400, before any upstream call',
    async (requestId) => {
      const { status, body } = await postJsonGeneration(generationBody({ requestId }));
      expect(status).toBe(400);
      expect(ErrorAnswerSchema.parse(body).error).toMatchObject({ code: 'invalid_input', field: 'requestId' });
      expect(testApp.fake.requests).toHaveLength(0);
    },
  );
});
