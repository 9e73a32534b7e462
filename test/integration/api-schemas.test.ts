import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApiErrorBodySchema,
  ClearAnswerSchema,
  EstimateSchema,
  GenerationAnswerSchema,
  HealthAnswerSchema,
  ImportAnswerSchema,
  ModelListSchema,
  SessionListSchema,
} from '../../src/core/schemas/api.js';
import { PublicConfigSchema } from '../../src/core/schemas/public-config.js';
import { SessionExportFileSchema, SessionSchema } from '../../src/core/schemas/session.js';
import { generationBody } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const ErrorAnswerSchema = z.object({ error: ApiErrorBodySchema });

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => testApp.close());

/**
 * Sends a request and checks the JSON answer against its schema. Parsing strips keys the schema
 * does not know, so comparing the parsed value with the raw one also catches extra fields.
 */
async function expectAnswer<Schema extends z.ZodType>(
  schema: Schema,
  path: string,
  init: RequestInit & { json?: unknown } = {},
  status = 200,
): Promise<z.infer<Schema>> {
  const { json, ...rest } = init;
  const response = await fetch(`${testApp.url}${path}`, {
    ...rest,
    ...(json === undefined
      ? {}
      : { body: JSON.stringify(json), headers: { 'content-type': 'application/json', ...rest.headers } }),
  });
  expect(response.status, `${path}: ${status}`).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  const raw: unknown = await response.json();
  const parsed = schema.safeParse(raw);
  expect(parsed.success, `${path}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
  expect(parsed.data).toEqual(raw);
  return parsed.data as z.infer<Schema>;
}

describe('every JSON answer of the API parses with its schema in src/core/schemas/api.ts', () => {
  it('GET /api/health', async () => {
    await expectAnswer(HealthAnswerSchema, '/api/health');
  });

  it('GET /api/config', async () => {
    await expectAnswer(PublicConfigSchema, '/api/config');
  });

  it('GET /api/models', async () => {
    const list = await expectAnswer(ModelListSchema, '/api/models');
    expect(list.models.length).toBeGreaterThan(5);
  });

  it('POST /api/estimate, for a known and an unknown model', async () => {
    await expectAnswer(EstimateSchema, '/api/estimate', { method: 'POST', json: generationBody() });
    const unknown = await expectAnswer(EstimateSchema, '/api/estimate', {
      method: 'POST',
      json: generationBody({ model: 'llama3.1:8b' }),
    });
    expect(unknown.estimatedCostUsd).toBeNull();
  });

  it('POST /api/generations (JSON), the sessions list, one session, the import and the clear answers', async () => {
    await expectAnswer(ClearAnswerSchema, '/api/sessions', { method: 'DELETE' });
    const empty = await expectAnswer(SessionListSchema, '/api/sessions');
    expect(empty.sessions).toEqual([]);

    const answer = await expectAnswer(GenerationAnswerSchema, '/api/generations', {
      method: 'POST',
      headers: { accept: 'application/json' },
      json: generationBody({ technique: 'structured_output', questionCount: 2 }),
    });
    const list = await expectAnswer(SessionListSchema, '/api/sessions');
    expect(list.sessions.map((session) => session.id)).toEqual([answer.id]);
    await expectAnswer(SessionSchema, `/api/sessions/${answer.id}`);

    const exported = await expectAnswer(SessionExportFileSchema, '/api/sessions/export');
    const cleared = await expectAnswer(ClearAnswerSchema, '/api/sessions', { method: 'DELETE' });
    expect(cleared).toEqual({ deleted: 1 });
    const imported = await expectAnswer(ImportAnswerSchema, '/api/sessions/import', { method: 'POST', json: exported });
    expect(imported).toMatchObject({ imported: 1, received: 1 });
  });

  it('errors: a bad request, an unknown session, an unknown path, a bad import file', async () => {
    const invalid = await expectAnswer(
      ErrorAnswerSchema,
      '/api/generations',
      { method: 'POST', json: generationBody({ questionCount: 0 }) },
      400,
    );
    expect(invalid.error).toMatchObject({ code: 'invalid_input', field: 'questionCount' });
    await expectAnswer(ErrorAnswerSchema, '/api/sessions/does-not-exist', {}, 404);
    await expectAnswer(ErrorAnswerSchema, '/api/nothing-here', {}, 404);
    await expectAnswer(
      ErrorAnswerSchema,
      '/api/sessions/import',
      { method: 'POST', json: { format: 'other', sessions: [] } },
      400,
    );
    await expectAnswer(ErrorAnswerSchema, '/api/generations/does-not-exist/cancel', { method: 'POST' }, 404);
  });
});
