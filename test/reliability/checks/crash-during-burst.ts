import path from 'node:path';
import Database from 'better-sqlite3';
import { PROGRESS_SAVE_INTERVAL_MS } from '../../../src/app/generation/create-progress-saver.js';
import { fakeScenario } from '../../support/fake-openai-scenarios.js';
import { startFakeOpenAI } from '../../support/fake-openai-server.js';
import { generationBody, postGeneration, readEvents } from '../../support/sse-client.js';
import { exited, startServerProcess, type ServerProcess } from '../../support/start-server-process.js';
import type { ReliabilityRow } from '../row.js';
import { withTempDataDir } from '../temp-data-dir.js';

const STREAMS = 10;
const QUESTIONS = 8;
/** Room for the write itself and for timer jitter on a loaded machine (as in crash-keeps-progress). */
const SAVE_MARGIN_MS = 250;
const KEEP_AFTER_MS = PROGRESS_SAVE_INTERVAL_MS + SAVE_MARGIN_MS;
const KILL_DEADLINE_MS = 20_000;

type Stream = { sessionId: string; questions: Array<{ question: unknown; receivedAt: number }>; done: boolean };
type SavedSession = { status: string; result: { questions: unknown[] } };

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function stop(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  await exited(server.child);
}

/** Streams one generation into `stream` until it ends or the server dies. */
async function follow(url: string, stream: Stream): Promise<void> {
  try {
    for await (const event of readEvents(await postGeneration(url, generationBody({ questionCount: QUESTIONS })))) {
      if (event.event === 'started') stream.sessionId = event.data.sessionId;
      if (event.event === 'question') stream.questions.push({ question: event.data.question, receivedAt: Date.now() });
      if (event.event === 'done') stream.done = true;
    }
  } catch {
    // The connection dies with the server.
  }
}

/** Some streams done, every other one with a question older than the save interval: the moment to kill. */
function readyToKill(streams: Stream[]): boolean {
  const done = streams.filter((stream) => stream.done).length;
  const now = Date.now();
  const running = streams.filter((stream) => !stream.done);
  return (
    done >= 2 &&
    running.length >= 2 &&
    running.every((stream) => stream.questions.some((question) => now - question.receivedAt > KEEP_AFTER_MS + 200))
  );
}

/**
 * kill -9 of the server process during a burst of 10 streamed generations (some fast, some slow),
 * then a restart on the same data folder: what the clients saw must still be there.
 */
export async function run(): Promise<ReliabilityRow[]> {
  const fake = await startFakeOpenAI();
  try {
    return await withTempDataDir('crash', async (dataDir) => {
      const fast = fakeScenario.streamReply({ chunkSize: 200 });
      const slow = fakeScenario.streamReply({ chunkSize: 100, chunkDelayMs: 80 });
      fake.enqueue(...Array.from({ length: STREAMS }, (_, index) => (index % 2 === 0 ? fast : slow)));
      const env = {
        DATA_DIR: dataDir,
        OPENAI_API_KEY: 'sk-test-crash',
        OPENAI_BASE_URL: fake.baseURL,
        RATE_LIMIT_PER_HOUR: String(STREAMS),
        SESSION_HISTORY_LIMIT: String(2 * STREAMS),
        WEB_ROOT: 'none',
      };
      const server = await startServerProcess(env);
      const streams: Stream[] = Array.from({ length: STREAMS }, () => ({ sessionId: '', questions: [], done: false }));
      let killedAt = 0;
      try {
        const following = streams.map((stream) => follow(server.url, stream));
        const giveUpAt = Date.now() + KILL_DEADLINE_MS;
        while (!readyToKill(streams) && Date.now() < giveUpAt) await sleep(20);
        killedAt = Date.now();
        server.child.kill('SIGKILL');
        await Promise.all(following);
      } finally {
        await stop(server);
      }

      const database = new Database(path.join(dataDir, 'interview-prep.sqlite'), { readonly: true });
      const integrity = database.pragma('integrity_check', { simple: true });
      const hits = database.prepare('SELECT count(*) FROM rate_limit_hits').pluck().get() as number;
      database.close();

      const restarted = await startServerProcess(env);
      try {
        const listed = new Set(
          (
            (await (await fetch(`${restarted.url}/api/sessions`)).json()) as { sessions: Array<{ id: string }> }
          ).sessions.map((session) => session.id),
        );
        const open = async (id: string) => {
          const response = await fetch(`${restarted.url}/api/sessions/${id}`);
          return response.status === 200 ? ((await response.json()) as SavedSession) : null;
        };
        const finished = streams.filter((stream) => stream.done);
        let finishedKept = 0;
        for (const stream of finished) {
          const saved = listed.has(stream.sessionId) ? await open(stream.sessionId) : null;
          if (saved?.status === 'complete' && saved.result.questions.length === stream.questions.length)
            finishedKept += 1;
        }
        const interrupted = streams.filter((stream) => !stream.done);
        let partialsKept = 0;
        let questionsOwed = 0;
        let questionsKept = 0;
        for (const stream of interrupted) {
          const owed = stream.questions.filter((question) => killedAt - question.receivedAt > KEEP_AFTER_MS).length;
          const saved = listed.has(stream.sessionId) ? await open(stream.sessionId) : null;
          const kept = saved?.result.questions ?? [];
          const prefix = stream.questions.slice(0, kept.length).map((question) => question.question);
          const exact = JSON.stringify(kept) === JSON.stringify(prefix);
          questionsOwed += owed;
          if (saved?.status === 'partial' && exact && kept.length >= owed) {
            partialsKept += 1;
            questionsKept += kept.length;
          }
        }
        const refused = await postGeneration(restarted.url, generationBody());
        const refusedCode = ((await refused.json()) as { error?: { code?: string } }).error?.code ?? '';
        return [
          {
            check: 'kill -9: done sessions listed and open',
            figure: `${finishedKept}/${finished.length} (of ${STREAMS} streams)`,
            bound: `all, at least 1`,
            ok: finished.length > 0 && finishedKept === finished.length,
          },
          {
            check: 'kill -9: partials of interrupted streams',
            figure: `${partialsKept}/${interrupted.length} kept, ${questionsKept} questions (${questionsOwed} older than ${KEEP_AFTER_MS} ms)`,
            bound: 'all, at least 1, each >= its owed questions',
            ok: interrupted.length > 0 && partialsKept === interrupted.length,
          },
          { check: 'kill -9: PRAGMA integrity_check', figure: String(integrity), bound: 'ok', ok: integrity === 'ok' },
          {
            check: 'kill -9: rate-limit state after restart',
            figure: `${hits} hits kept; next: HTTP ${refused.status} ${refusedCode}`,
            bound: `${STREAMS} hits; 429 rate_limited`,
            ok: hits === STREAMS && refused.status === 429 && refusedCode === 'rate_limited',
          },
        ];
      } finally {
        await stop(restarted);
      }
    });
  } finally {
    await fake.close();
  }
}
