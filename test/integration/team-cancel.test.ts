import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CancelAnswerSchema } from '../../src/core/schemas/api.js';
import { PracticeCancelAnswerSchema } from '../../src/core/schemas/practice-event.js';
import { SessionSchema } from '../../src/core/schemas/session.js';
import { fakeScenario, type FakeScenario } from '../support/fake-openai-scenarios.js';
import { generateSession, practiceBody } from '../support/fake-practice-session.js';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import { generationBody, readEvents, readUntil, type ReceivedEvent } from '../support/sse-client.js';
import type { TestApp } from '../support/start-test-app.js';
import { addAccount, asUser, signIn, startTeamApp } from '../support/team-app.js';

/** How long a forwarded cancel waits for an instance to say it runs it (the relay's default). */
const ACCEPT_BOUND_MS = 2_000;
/** Room for a loaded machine: still well under the wait for an answer (5 s) that follows acceptance. */
const SLACK_MS = 2_000;
/**
 * The fake goes silent mid-stream in these tests, so that nothing ends before its cancel: the
 * app's timeout for a silent AI service must not end it first, however loaded the machine.
 */
const env = { OPENAI_TIMEOUT_MS: '30000' };
/** A stream that stops sending after its first questions (or criteria), until cancelled. */
const hanging = (chunkSize: number) => fakeScenario.streamReply({ chunkSize, hangAfterChunks: 150, usage: 'omit' });

describe.skipIf(!postgresAvailable())('team mode: a cancel reaches the instance running the stream', () => {
  const cluster = usePostgresCluster();
  let databaseUrl: string;
  let first: TestApp;
  let second: TestApp;
  let alexId: string;
  let alex: string;
  let sam: string;
  beforeAll(async () => {
    databaseUrl = await cluster().createDatabase();
    // Two servers on one database, as behind a load balancer that sends each request anywhere.
    first = await startTeamApp(databaseUrl, { env });
    second = await startTeamApp(databaseUrl, { fake: first.fake, env });
    const alexAccount = await addAccount(first, 'alex@example.com');
    alexId = alexAccount.id;
    alex = await signIn(first.url, alexAccount);
    sam = await signIn(first.url, await addAccount(first, 'sam@example.com'));
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });
  beforeEach(() => first.fake.reset());

  /** Starts a streaming generation on `app` and reads it up to its `count`-th question. */
  async function streamGeneration(app: TestApp, cookie: string, scenario: FakeScenario, count = 1) {
    app.fake.enqueue(scenario);
    const response = await asUser(app.url, cookie)('/api/generations', {
      method: 'POST',
      headers: { accept: 'text/event-stream' },
      json: generationBody({ questionCount: 8 }),
    });
    const events = readEvents(response);
    const seen: ReceivedEvent[] = [];
    let questions = 0;
    await readUntil(events, seen, (event) => event.event === 'question' && ++questions === count);
    return { sessionId: seen[0]!.data.sessionId as string, events, seen };
  }

  function postCancel(app: TestApp, cookie: string, path: string): Promise<Response> {
    return asUser(app.url, cookie)(path, { method: 'POST' });
  }

  it('a cancel sent to the second stops the stream on the first: 202 with the partial, the stream ends cancelled, history has it', async () => {
    const { sessionId, events, seen } = await streamGeneration(first, alex, hanging(20), 2);

    const response = await postCancel(second, alex, `/api/generations/${sessionId}/cancel`);
    expect(response.status).toBe(202);
    const answer = CancelAnswerSchema.parse(await response.json());
    expect(answer).toMatchObject({ sessionId, saved: 'partial', usage: { estimated: true } });

    for await (const event of events) seen.push(event);
    expect(seen.slice(-2).map((event) => event.event)).toEqual(['usage', 'error']);
    expect(seen.at(-2)!.data).toEqual(answer.usage);
    expect(seen.at(-1)!.data.code).toBe('cancelled');
    await expect.poll(() => first.fake.requests[0]?.aborted).toBe(true);

    const streamed = seen.filter((event) => event.event === 'question').map((event) => event.data.question);
    const saved = SessionSchema.parse(await (await asUser(second.url, alex)(`/api/sessions/${sessionId}`)).json());
    expect(saved).toMatchObject({ status: 'partial', error: { code: 'cancelled' } });
    expect(saved.result.questions).toEqual(streamed);
    expect(saved.usage).toEqual(answer.usage);
  });

  it("another user's cancel through the second answers 404 within the bound and does not stop it", async () => {
    const { sessionId, events, seen } = await streamGeneration(first, alex, hanging(20));

    const started = Date.now();
    const refused = await postCancel(second, sam, `/api/generations/${sessionId}/cancel`);
    expect(refused.status).toBe(404);
    expect((await refused.json()).error.code).toBe('not_found');
    expect(Date.now() - started).toBeLessThan(ACCEPT_BOUND_MS + SLACK_MS);
    expect(first.fake.requests[0]?.aborted).toBe(false);
    expect(first.services.generations.isRunning({ ownerId: alexId }, sessionId)).toBe(true);

    // Its owner's cancel, through the second too, still stops it.
    expect((await postCancel(second, alex, `/api/generations/${sessionId}/cancel`)).status).toBe(202);
    for await (const event of events) seen.push(event);
    expect(seen.at(-1)).toMatchObject({ event: 'error', data: { code: 'cancelled' } });
  });

  it('a cancel of an unknown id answers 404 within the bound; of a finished one at once', async () => {
    const started = Date.now();
    const unknown = await postCancel(second, alex, `/api/generations/${randomUUID()}/cancel`);
    expect(unknown.status).toBe(404);
    expect(Date.now() - started).toBeLessThan(ACCEPT_BOUND_MS + SLACK_MS);

    const finishedId = await generateSession(first.url, {}, { cookie: alex });
    const before = Date.now();
    const finished = await postCancel(second, alex, `/api/generations/${finishedId}/cancel`);
    expect(finished.status).toBe(404);
    // The session is saved complete: no instance is asked (which would take the whole bound).
    expect(Date.now() - before).toBeLessThan(ACCEPT_BOUND_MS);
  });

  it('a practice answer scored on the first is cancelled through the second: 202 with the partial', async () => {
    const sessionId = await generateSession(first.url, {}, { cookie: alex });
    first.fake.enqueue(hanging(10));
    const response = await asUser(first.url, alex)('/api/practice', {
      method: 'POST',
      headers: { accept: 'text/event-stream' },
      json: practiceBody(sessionId),
    });
    const events = readEvents(response);
    const seen: ReceivedEvent[] = [];
    await readUntil(events, seen, (event) => event.event === 'criterion');
    const { attemptId, threadId } = seen[0]!.data as { attemptId: string; threadId: string };

    const cancel = await postCancel(second, alex, `/api/practice/${attemptId}/cancel`);
    expect(cancel.status).toBe(202);
    expect(PracticeCancelAnswerSchema.parse(await cancel.json())).toMatchObject({ attemptId, saved: 'partial' });
    for await (const event of events) seen.push(event);
    expect(seen.at(-1)).toMatchObject({ event: 'error', data: { code: 'cancelled' } });
    const session = SessionSchema.parse(await (await asUser(second.url, alex)(`/api/sessions/${sessionId}`)).json());
    const attempt = session.practice.find((thread) => thread.id === threadId)?.attempts[0];
    expect(attempt).toMatchObject({ id: attemptId, status: 'partial', error: { code: 'cancelled' } });
  });

  it('a cancel waiting on the other instances ends at once with 503 when its instance shuts down', async () => {
    const closing = await startTeamApp(databaseUrl, { fake: first.fake, env });
    const started = Date.now();
    // Of nothing running: it waits the whole first bound for an instance to say it runs it.
    const waiting = postCancel(closing, alex, `/api/generations/${randomUUID()}/cancel`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await closing.close();
    const response = await waiting;
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatchObject({ code: 'database_unavailable' });
    expect(Date.now() - started).toBeLessThan(ACCEPT_BOUND_MS);
  });
});
