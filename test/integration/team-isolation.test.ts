import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA_BY_TYPE } from '../../src/core/schemas/practice.js';
import { SessionExportFileSchema, SessionSchema } from '../../src/core/schemas/session.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { generateSession, postPractice, practiceBody } from '../support/fake-practice-session.js';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import { collectEvents, generationBody, readEvents } from '../support/sse-client.js';
import type { TestApp } from '../support/start-test-app.js';
import { addAccount, asUser, signIn, startTeamApp } from '../support/team-app.js';

type Api = ReturnType<typeof asUser>;

describe.skipIf(!postgresAvailable())("team mode: a user never reaches another user's data", () => {
  const cluster = usePostgresCluster();
  let app: TestApp;
  let alice: Api;
  let bob: Api;
  let aliceCookie: string;
  let bobCookie: string;
  let aliceSession: string;
  let aliceAttempt: string;
  beforeAll(async () => {
    app = await startTeamApp(await cluster().createDatabase());
    aliceCookie = await signIn(app.url, await addAccount(app, 'alice@example.com'));
    bobCookie = await signIn(app.url, await addAccount(app, 'bob@example.com'));
    alice = asUser(app.url, aliceCookie);
    bob = asUser(app.url, bobCookie);
    aliceSession = await generateSession(app.url, {}, { cookie: aliceCookie });
    const practice = await collectEvents(
      await postPractice(app.url, practiceBody(aliceSession), { headers: { cookie: aliceCookie } }),
    );
    expect(practice.at(-1)!.event).toBe('done');
    aliceAttempt = practice.at(-1)!.data.attemptId;
  });
  afterAll(async () => app?.close());

  const aliceSees = async () => SessionSchema.parse(await (await alice(`/api/sessions/${aliceSession}`)).json());

  it("Bob's history, and his export of it, do not have Alice's session", async () => {
    expect((await (await alice('/api/sessions')).json()).sessions.map((entry: { id: string }) => entry.id)).toEqual([
      aliceSession,
    ]);
    expect((await (await bob('/api/sessions')).json()).sessions).toEqual([]);
    const exported = SessionExportFileSchema.parse(await (await bob('/api/sessions/export')).json());
    expect(exported.sessions).toEqual([]);
  });

  it("Bob cannot open or export Alice's session: 404, as for one that does not exist", async () => {
    for (const path of [
      `/api/sessions/${aliceSession}`,
      `/api/sessions/${aliceSession}/export?format=json`,
      `/api/sessions/${aliceSession}/export?format=markdown`,
      `/api/sessions/${aliceSession}/export?format=attempts-csv`,
    ]) {
      const response = await bob(path);
      expect(response.status, path).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
    expect((await alice(`/api/sessions/${aliceSession}/export?format=json`)).status).toBe(200);
  });

  it("Bob cannot delete Alice's session, one by one or by clearing his history", async () => {
    expect((await bob(`/api/sessions/${aliceSession}`, { method: 'DELETE' })).status).toBe(404);
    expect(await (await bob('/api/sessions', { method: 'DELETE' })).json()).toEqual({ deleted: 0 });
    expect((await aliceSees()).id).toBe(aliceSession);
  });

  it("Bob cannot practise on Alice's session or ask why her attempt scored as it did", async () => {
    const practice = await postPractice(app.url, practiceBody(aliceSession), {
      accept: 'application/json',
      headers: { cookie: bobCookie },
    });
    expect(practice.status).toBe(404);
    expect((await practice.json()).error.code).toBe('not_found');
    const explain = await bob(`/api/practice/${aliceAttempt}/explain`, {
      method: 'POST',
      headers: { accept: 'text/event-stream' },
      json: { criterion: CRITERIA_BY_TYPE.behavioral[0] },
    });
    expect(explain.status).toBe(404);
    expect((await explain.json()).error.code).toBe('not_found');
  });

  it("an import from Bob with Alice's session id makes Bob's own copy; Alice's stays as it was", async () => {
    const before = await aliceSees();
    const file = JSON.parse(await (await alice('/api/sessions/export')).text());
    file.sessions[0].title = 'Overwritten by Bob';
    file.sessions[0].result.questions = file.sessions[0].result.questions.slice(0, 1);
    const imported = await bob('/api/sessions/import', { method: 'POST', json: file });
    expect(imported.status).toBe(200);
    expect((await imported.json()).imported).toBe(1);

    expect(await aliceSees()).toEqual(before);
    const bobsCopy = SessionSchema.parse(await (await bob(`/api/sessions/${aliceSession}`)).json());
    expect(bobsCopy.title).toBe('Overwritten by Bob');
    expect(bobsCopy.result.questions).toHaveLength(1);
    // Bob deleting his copy leaves Alice's.
    expect((await bob(`/api/sessions/${aliceSession}`, { method: 'DELETE' })).status).toBe(204);
    expect(await aliceSees()).toEqual(before);
  });

  it("Bob cannot cancel Alice's running generation; Alice can", async () => {
    app.fake.enqueue(fakeScenario.streamReply({ chunkSize: 6, chunkDelayMs: 10 }));
    const response = await alice('/api/generations', {
      method: 'POST',
      headers: { accept: 'text/event-stream' },
      json: generationBody({ questionCount: 2 }),
    });
    const events = readEvents(response);
    const started = (await events.next()).value!;
    expect(started.event).toBe('started');
    const cancelPath = `/api/generations/${started.data.sessionId}/cancel`;
    expect((await bob(cancelPath, { method: 'POST' })).status).toBe(404);
    expect((await alice(cancelPath, { method: 'POST' })).status).toBe(202);
    const rest = [];
    for await (const event of events) rest.push(event);
    expect(rest.at(-1)).toMatchObject({ event: 'error', data: { code: 'cancelled' } });
  });
});
