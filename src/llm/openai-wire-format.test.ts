import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { responseFormatFor } from '../core/schemas/response-format.js';
import { useFakeServer } from './testing/use-fake-server.js';

// The adapter's tests are only as good as the fake server: these pin its wire format to OpenAI's.
const fake = useFakeServer(startFakeOpenAI);

const MESSAGES = [
  { role: 'system', content: 'You write interview questions.' },
  { role: 'user', content: 'Write exactly 2 questions for this job.' },
];

function post(body: object, authorization = 'Bearer sk-test') {
  return fetch(`${fake().baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(body),
  });
}

function dataLines(text: string): string[] {
  return text
    .split('\n\n')
    .filter((event) => event.startsWith('data: '))
    .map((event) => event.slice('data: '.length));
}

describe('fake OpenAI server', () => {
  it('streams chat.completion.chunk events, a usage chunk and [DONE]', async () => {
    const response = await post({
      model: 'gpt-5.4-mini',
      messages: [
        ...MESSAGES.slice(0, -1),
        { role: 'user', content: 'Write exactly 2 questions for this job, in JSON.' },
      ],
      stream: true,
      stream_options: { include_usage: true },
      response_format: { type: 'json_object' },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);

    const lines = dataLines(await response.text());
    expect(lines.at(-1)).toBe('[DONE]');
    const chunks = lines.slice(0, -1).map((line) => JSON.parse(line));
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk' && chunk.model === 'gpt-5.4-mini')).toBe(
      true,
    );
    expect(chunks[0].choices[0].delta.role).toBe('assistant');
    const usageChunk = chunks.at(-1);
    expect(usageChunk.choices).toEqual([]);
    expect(usageChunk.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(usageChunk.usage.prompt_tokens_details).toHaveProperty('cached_tokens');
    const choiceChunks = chunks.slice(0, -1);
    expect(choiceChunks.every((chunk) => chunk.usage === null)).toBe(true);
    expect(choiceChunks.at(-1).choices[0].finish_reason).toBe('stop');
    const content = choiceChunks.map((chunk) => chunk.choices[0].delta.content ?? '').join('');
    expect(JSON.parse(content).questions).toHaveLength(2);
  });

  it('streams plain prose for a request that asks for no JSON at all', async () => {
    const response = await post({ model: 'gpt-4o-mini', messages: MESSAGES, stream: true });
    const content = dataLines(await response.text())
      .slice(0, -1)
      .map((line) => JSON.parse(line).choices[0]?.delta.content ?? '')
      .join('');
    expect(content.length).toBeGreaterThan(50);
    expect(() => JSON.parse(content)).toThrow();
  });

  it('sends no usage chunk unless include_usage is asked for', async () => {
    const response = await post({ model: 'gpt-4o-mini', messages: MESSAGES, stream: true });
    const chunks = dataLines(await response.text())
      .slice(0, -1)
      .map((line) => JSON.parse(line));
    expect(chunks.every((chunk) => chunk.choices.length === 1)).toBe(true);
  });

  it('answers a non-streaming request with one JSON completion', async () => {
    const response = await post({ model: 'gpt-4o-mini', messages: MESSAGES });
    expect(response.headers.get('content-type')).toBe('application/json');
    const completion = await response.json();
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0].message.role).toBe('assistant');
    expect(completion.usage.total_tokens).toBe(completion.usage.prompt_tokens + completion.usage.completion_tokens);
  });

  it('rejects sampling parameters on reasoning models and reasoning_effort on classic ones, like OpenAI', async () => {
    const temperature = await post({ model: 'gpt-5-mini', messages: MESSAGES, temperature: 0.7 });
    expect(temperature.status).toBe(400);
    expect((await temperature.json()).error).toMatchObject({ code: 'unsupported_value', param: 'temperature' });

    const maxTokens = await post({ model: 'o3-mini', messages: MESSAGES, max_tokens: 100 });
    expect((await maxTokens.json()).error.message).toContain("Use 'max_completion_tokens' instead.");

    const effort = await post({ model: 'gpt-4o', messages: MESSAGES, reasoning_effort: 'low' });
    expect(effort.status).toBe(400);
    expect((await effort.json()).error).toMatchObject({ code: 'unsupported_parameter', param: 'reasoning_effort' });

    const unknown = await post({ model: 'does-not-exist', messages: MESSAGES });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('model_not_found');
  });

  it('sends the rate-limit error with its retry-after header', async () => {
    fake().enqueue(fakeScenario.rateLimited(7));
    const response = await post({ model: 'gpt-4o', messages: MESSAGES });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect((await response.json()).error).toMatchObject({ code: 'rate_limit_exceeded', param: null });
  });

  it('records each request with its parsed body', async () => {
    await (await post({ model: 'gpt-4o', messages: MESSAGES, stream: true })).text();
    expect(fake().requests).toHaveLength(1);
    expect(fake().requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      completed: true,
      aborted: false,
    });
    expect(fake().requests[0]?.body['model']).toBe('gpt-4o');
  });

  it("refuses a strict schema keyword outside the allowlist in OpenAI's words, and accepts the app's schemas", async () => {
    const schema = {
      type: 'object',
      properties: { question: { type: 'string', minLength: 1 } },
      required: ['question'],
      additionalProperties: false,
    };
    const refused = await post({
      model: 'gpt-5.4-mini',
      messages: MESSAGES,
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema, strict: true } },
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toEqual({
      message:
        "Invalid schema for response_format 'x': In context=('properties', 'question'), 'minLength' is not permitted.",
      type: 'invalid_request_error',
      param: 'response_format',
      code: null,
    });

    const notStrict = await post({
      model: 'gpt-5.4-mini',
      messages: MESSAGES,
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema, strict: false } },
    });
    expect(notStrict.status).toBe(200);

    const accepted = await post({
      model: 'gpt-5.4-mini',
      messages: MESSAGES,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'interview_preparation',
          schema: responseFormatFor({ interviewType: 'case_study', technique: 'structured_output', questionCount: 5 })
            .schema,
          strict: true,
        },
      },
    });
    expect(accepted.status).toBe(200);
  });

  it('refuses JSON mode unless the messages mention JSON, like OpenAI', async () => {
    const silent = await post({ model: 'gpt-4o-mini', messages: MESSAGES, response_format: { type: 'json_object' } });
    expect(silent.status).toBe(400);
    expect((await silent.json()).error).toMatchObject({ param: 'messages', code: null });

    const asked = [...MESSAGES, { role: 'user', content: 'Reply in JSON.' }];
    const accepted = await post({ model: 'gpt-4o-mini', messages: asked, response_format: { type: 'json_object' } });
    expect(accepted.status).toBe(200);
  });
});
