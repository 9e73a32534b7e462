import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GenerationEventDataSchemas } from '../../src/core/schemas/generation-event.js';
import { INTERVIEW_TYPES, TECHNIQUES } from '../../src/core/schemas/generation-request.js';
import { findStrictSchemaProblems } from '../../src/core/schemas/strict-json-schema.js';
import type { FakeOpenAI } from '../support/fake-openai-server.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { collectEvents, generationBody, postGeneration, type ReceivedEvent } from '../support/sse-client.js';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/start-test-app.js';

type ResponseFormatBody = { type?: string; json_schema?: { name?: string; strict?: boolean; schema?: unknown } };

const responseFormatOf = (fake: FakeOpenAI, index: number) =>
  fake.requests[index]?.body['response_format'] as ResponseFormatBody | undefined;

function expectValidEvents(events: ReceivedEvent[]): void {
  for (const { event, data } of events) {
    const schema = GenerationEventDataSchemas[event as keyof typeof GenerationEventDataSchemas];
    expect(schema, `unknown event ${event}`).toBeDefined();
    expect(schema.safeParse(data).success, `${event} ${JSON.stringify(data)}`).toBe(true);
  }
}

describe('every interview type and technique asks for a strict json_schema the API accepts', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => testApp.close());
  beforeEach(() => testApp.fake.reset());

  const combinations = INTERVIEW_TYPES.flatMap((interviewType) =>
    TECHNIQUES.map((technique) => [interviewType, technique] as const),
  );

  it.each(combinations)('%s x %s', async (interviewType, technique) => {
    const questionCount = technique === 'structured_output' ? 2 : 1;
    const events = await collectEvents(
      await postGeneration(testApp.url, generationBody({ interviewType, technique, questionCount })),
    );
    expectValidEvents(events);
    expect(events.at(-1)!.event).toBe('done');

    // One request, accepted as sent: no fallback to a weaker format.
    expect(testApp.fake.requests).toHaveLength(1);
    const format = responseFormatOf(testApp.fake, 0);
    expect(format?.type).toBe('json_schema');
    expect(format?.json_schema?.strict).toBe(true);
    expect(findStrictSchemaProblems(format?.json_schema?.schema)).toEqual([]);

    const prompt = events.find((event) => event.event === 'prompt')!.data;
    expect(prompt.responseFormat).toBe('json_schema');
    expect(events.filter((event) => event.event === 'question')).toHaveLength(questionCount);
  });
});

describe('a server that refuses json_schema', () => {
  const logLines: Array<{ level: number; msg: string; [key: string]: unknown }> = [];
  let testApp: TestApp;
  let url: string;
  let fake: FakeOpenAI;

  beforeAll(async () => {
    const logger = pino({ level: 'warn' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
    testApp = await startTestApp({ logger });
    ({ url, fake } = testApp);
  });
  afterAll(async () => testApp.close());

  it('falls back to json_object, still succeeds, says so in prompt, and logs a warning naming the refusal', async () => {
    fake.enqueue(fakeScenario.jsonSchemaUnsupported());
    const events = await collectEvents(
      await postGeneration(url, generationBody({ technique: 'chain_of_thought', questionCount: 2 })),
    );
    expectValidEvents(events);
    expect(events.at(-1)!.event).toBe('done');
    expect(events.filter((event) => event.event === 'question')).toHaveLength(2);

    expect(fake.requests).toHaveLength(2);
    expect(responseFormatOf(fake, 0)?.type).toBe('json_schema');
    expect(responseFormatOf(fake, 1)).toEqual({ type: 'json_object' });
    const prompt = events.find((event) => event.event === 'prompt')!.data;
    expect(prompt.responseFormat).toBe('json_object');
    // The messages sent the second time carry the schema in words (JSON mode needs the word "json").
    expect(prompt.messages).toEqual(fake.requests[1]!.body['messages']);
    expect(JSON.stringify(prompt.messages)).toMatch(/JSON Schema/);

    const warnings = logLines.filter((line) => line.level === pino.levels.values['warn']);
    const refusal = warnings.find((line) => /refused the json_schema response format/.test(line.msg));
    expect(refusal, JSON.stringify(warnings)).toBeDefined();
    expect(refusal).toMatchObject({ responseFormat: 'json_object', param: 'response_format', status: 400 });
    expect(String(refusal!['detail'])).toContain("'response_format' of type 'json_schema' is not supported");
    expect(JSON.stringify(logLines)).not.toContain(TEST_API_KEY);
  });

  it('remembers the refusal for the model: the next generation asks with json_object at once', async () => {
    fake.reset();
    const events = await collectEvents(await postGeneration(url, generationBody({ questionCount: 1 })));
    expect(events.at(-1)!.event).toBe('done');
    expect(fake.requests).toHaveLength(1);
    expect(responseFormatOf(fake, 0)).toEqual({ type: 'json_object' });
    expect(events.find((event) => event.event === 'prompt')!.data.responseFormat).toBe('json_object');
  });

  it('asks by the prompt alone when JSON mode is refused too, and warns about each step', async () => {
    fake.reset();
    logLines.length = 0;
    // Another model: what the first one refused is remembered for it only.
    fake.enqueue(fakeScenario.jsonSchemaUnsupported(), fakeScenario.jsonObjectUnsupported());
    const events = await collectEvents(
      await postGeneration(url, generationBody({ model: 'gpt-4.1-mini', questionCount: 1 })),
    );
    expectValidEvents(events);
    expect(events.at(-1)!.event).toBe('done');
    expect(
      fake.requests.map((request) => (request.body['response_format'] as ResponseFormatBody | undefined)?.type),
    ).toEqual(['json_schema', 'json_object', undefined]);
    expect(events.find((event) => event.event === 'prompt')!.data.responseFormat).toBe('none');
    const warnings = logLines.filter((line) => line.level === pino.levels.values['warn']).map((line) => line.msg);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/refused the json_schema response format/),
        expect.stringMatching(/refused the json_object response format/),
      ]),
    );
  });
});
