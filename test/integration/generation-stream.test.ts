import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GenerationEventDataSchemas } from '../../src/core/schemas/generation-event.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import {
  collectEvents,
  generationBody,
  postGeneration,
  readEvents,
  SAMPLE_JOB_DESCRIPTION,
} from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => testApp.close());
beforeEach(() => testApp.fake.reset());

describe('POST /api/generations as an event stream', () => {
  it('sends started, prompt, one question event per question, result, usage and done, each valid', async () => {
    const response = await postGeneration(testApp.url, generationBody({ questionCount: 4 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await collectEvents(response);
    // Progress events come every 500 ms of streaming: how many depends on the machine's speed.
    expect(events.map((event) => event.event).filter((name) => name !== 'progress')).toEqual([
      'started',
      'prompt',
      'question',
      'question',
      'question',
      'question',
      'result',
      'usage',
      'done',
    ]);
    for (const { event, data } of events) {
      expect(GenerationEventDataSchemas[event as keyof typeof GenerationEventDataSchemas].safeParse(data).success).toBe(
        true,
      );
    }
    const questions = events.filter((event) => event.event === 'question').map((event) => event.data);
    expect(questions.map((question) => question.index)).toEqual([0, 1, 2, 3]);
    const result = events.find((event) => event.event === 'result')?.data;
    expect(result.questions).toEqual(questions.map((question) => question.question));
  });

  it('delivers the first question before the upstream reply has finished', async () => {
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 8, chunkDelayMs: 2 }));
    const response = await postGeneration(testApp.url, generationBody({ questionCount: 5 }));
    let sawQuestion = false;
    for await (const event of readEvents(response)) {
      if (event.event !== 'question') continue;
      sawQuestion = true;
      const upstream = testApp.fake.requests[0]!;
      expect(upstream.completed).toBe(false);
      expect(upstream.chunksSent).toBeLessThan(upstream.totalChunks / 2);
      break;
    }
    expect(sawQuestion).toBe(true);
  });

  it('reports usage with the cost of the model used, and the exact prompt sent', async () => {
    testApp.fake.enqueue(
      fakeScenario.streamReply({
        usage: { promptTokens: 1000, completionTokens: 2000, cachedTokens: 400, reasoningTokens: 500 },
      }),
    );
    const events = await collectEvents(await postGeneration(testApp.url, generationBody({ model: 'gpt-5.4-mini' })));
    const usage = events.find((event) => event.event === 'usage')?.data;
    // gpt-5.4-mini: 600 uncached x $0.75/M + 400 cached x $0.075/M + 2000 output x $4.50/M
    expect(usage).toEqual({
      inputTokens: 1000,
      cachedTokens: 400,
      outputTokens: 2000,
      reasoningTokens: 500,
      costUsd: 0.00948,
      model: 'gpt-5.4-mini',
    });
    const prompt = events.find((event) => event.event === 'prompt')?.data;
    expect(prompt.messages).toEqual(testApp.fake.requests[0]!.body.messages);
    const system = prompt.messages.filter((message: { role: string }) => message.role === 'system');
    expect(system.map((message: { content: string }) => message.content).join('')).not.toContain('Acme Payments');
  });

  it('reports the tokens and dollars spent so far while the reply streams', async () => {
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 8, chunkDelayMs: 3 }));
    const events = await collectEvents(await postGeneration(testApp.url, generationBody({ questionCount: 4 })));
    const progress = events.filter((event) => event.event === 'progress').map((event) => event.data);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const outputs = progress.map((spent) => spent.outputTokens);
    expect(outputs).toEqual([...outputs].sort((a, b) => a - b));
    expect(progress[0].inputTokens).toBeGreaterThan(500);
    expect(progress.at(-1).costUsd).toBeGreaterThan(progress[0].costUsd);
    const firstProgress = events.findIndex((event) => event.event === 'progress');
    expect(firstProgress).toBeLessThan(events.findIndex((event) => event.event === 'result'));
  });

  it('shows an unknown price as null, never as zero', async () => {
    const events = await collectEvents(
      await postGeneration(testApp.url, generationBody({ model: 'my-local-llama:8b' })),
    );
    expect(events.find((event) => event.event === 'usage')?.data.costUsd).toBeNull();
  });

  it('saves the session before done, retrievable by its id', async () => {
    const events = await collectEvents(await postGeneration(testApp.url, generationBody()));
    const { id } = events.at(-1)!.data;
    const session = await (await fetch(`${testApp.url}/api/sessions/${id}`)).json();
    expect(session.status).toBe('complete');
    expect(session.request.jobDescription).toBe(SAMPLE_JOB_DESCRIPTION);
    expect(session.result.questions).toHaveLength(3);
    expect(session.usage.inputTokens).toBeGreaterThan(0);
  });
});

describe('POST /api/generations as JSON', () => {
  it('answers the same result as one document', async () => {
    const response = await fetch(`${testApp.url}/api/generations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(generationBody({ technique: 'chain_of_thought', questionCount: 2 })),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.id).toEqual(expect.any(String));
    expect(body.result.questions).toHaveLength(2);
    expect(body.result.analysis).not.toBeNull();
    expect(body.usage.costUsd).toEqual(expect.any(Number));
    expect(body.prompt.messages.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a reply with one malformed question', () => {
  it('keeps the questions that fit, streamed and saved alike, with contiguous numbers', async () => {
    testApp.fake.enqueue(
      fakeScenario.streamReply({
        content: (reply) => {
          const document = JSON.parse(reply);
          document.questions[1].difficulty = 'impossible';
          return JSON.stringify(document);
        },
      }),
    );
    const events = await collectEvents(await postGeneration(testApp.url, generationBody({ questionCount: 4 })));
    const streamed = events.filter((event) => event.event === 'question');
    expect(streamed.map((event) => event.data.index)).toEqual([0, 1, 2]);
    const result = events.find((event) => event.event === 'result')!.data;
    expect(result.questions).toEqual(streamed.map((event) => event.data.question));
    expect(events.at(-1)!.event).toBe('done');
  });

  it('keeps no more questions than were asked for, streamed and saved alike', async () => {
    testApp.fake.enqueue(
      fakeScenario.streamReply({
        content: (reply) => {
          const document = JSON.parse(reply);
          document.questions = [...document.questions, ...document.questions];
          return JSON.stringify(document);
        },
      }),
    );
    const events = await collectEvents(await postGeneration(testApp.url, generationBody({ questionCount: 2 })));
    const streamed = events.filter((event) => event.event === 'question');
    expect(streamed.map((event) => event.data.index)).toEqual([0, 1]);
    expect(events.find((event) => event.event === 'result')!.data.questions).toHaveLength(2);
    const saved = await (await fetch(`${testApp.url}/api/sessions/${events.at(-1)!.data.id}`)).json();
    expect(saved.result.questions).toHaveLength(2);
  });
});
