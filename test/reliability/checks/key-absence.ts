import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fakeScenario } from '../../support/fake-openai-scenarios.js';
import { startFakeOpenAI } from '../../support/fake-openai-server.js';
import { postExplain, postPractice, practiceBody } from '../../support/fake-practice-session.js';
import { generationBody, postGeneration } from '../../support/sse-client.js';
import { exited, startServerProcess } from '../../support/start-server-process.js';
import type { ReliabilityRow } from '../row.js';
import { scanForSecret } from '../scan-for-secret.js';
import { withTempDataDir } from '../temp-data-dir.js';

/** Distinctive and fixed (the run is reproducible); its last 8 characters appear nowhere by chance. */
const API_KEY = 'sk-reliability-Qw7Zt3Lx9Vb2Nm5Kp8Rj4Hf6';
const EXPORT_FORMATS = ['markdown', 'pdf', 'csv', 'json', 'attempts-csv'] as const;

type Text = { name: string; text: string };

/** The whole answer as text: status, every header and the body (a PDF through pdftotext). */
async function record(texts: Text[], name: string, response: Response, dataDir: string): Promise<string> {
  const headers = [...response.headers].map(([key, value]) => `${key}: ${value}`).join('\n');
  let body: string;
  if (response.headers.get('content-type')?.includes('pdf')) {
    const file = path.join(dataDir, `${texts.length}.pdf`);
    await fs.writeFile(file, Buffer.from(await response.arrayBuffer()));
    body = execFileSync('pdftotext', [file, '-']).toString();
    texts.push({ name: `${name} (pdf bytes)`, text: (await fs.readFile(file)).toString('latin1') });
  } else {
    body = await response.text();
  }
  texts.push({ name, text: `${response.status}\n${headers}\n\n${body}` });
  return body;
}

/** Every row of every table, as text. */
function dumpDatabase(file: string): Text[] {
  const database = new Database(file, { readonly: true });
  try {
    const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    return tables.flatMap((table) =>
      database
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row, index) => ({ name: `db ${table} #${index}`, text: JSON.stringify(row) })),
    );
  } finally {
    database.close();
  }
}

async function readLogs(dataDir: string): Promise<Text[]> {
  const folder = path.join(dataDir, 'logs');
  const files = await fs.readdir(folder);
  const logs = await Promise.all(
    files.map(async (file) => (await fs.readFile(path.join(folder, file), 'utf8')).split('\n')),
  );
  return logs.flatMap((lines, index) =>
    lines.map((line, number) => ({ name: `log ${files[index]}:${number + 1}`, text: line })),
  );
}

/**
 * The server process holds a distinctive key while it generates, scores, explains, exports every
 * format and fails upstream in ways whose messages carry the key; then every answer (headers
 * included), log line, database row and export is searched for the key and its last 8 characters.
 */
export async function run(): Promise<ReliabilityRow[]> {
  const fake = await startFakeOpenAI();
  try {
    return await withTempDataDir('key', async (dataDir) => {
      const env = {
        DATA_DIR: dataDir,
        OPENAI_API_KEY: API_KEY,
        OPENAI_BASE_URL: fake.baseURL,
        LOG_LEVEL: 'debug',
        WEB_ROOT: 'none',
      };
      const server = await startServerProcess(env);
      const texts: Text[] = [];
      const exports: Text[] = [];
      try {
        const { url } = server;
        const json = (body: unknown) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        });
        for (const route of ['/api/health', '/api/config', '/api/models', '/api/sessions/nope', '/api/nowhere']) {
          await record(texts, `GET ${route}`, await fetch(`${url}${route}`), dataDir);
        }
        await record(texts, 'POST /api/estimate', await fetch(`${url}/api/estimate`, json(generationBody())), dataDir);
        const generated = JSON.parse(
          await record(
            texts,
            'generation (json)',
            await fetch(`${url}/api/generations`, json(generationBody({ interviewType: 'behavioral' }))),
            dataDir,
          ),
        ) as { id: string };
        await record(texts, 'generation (stream)', await postGeneration(url, generationBody()), dataDir);
        const scored = await record(
          texts,
          'practice (stream)',
          await postPractice(url, practiceBody(generated.id)),
          dataDir,
        );
        const attemptId = /"attemptId":"([^"]+)"/.exec(scored)?.[1] ?? 'none';
        const criterion = /"criterion":\{"criterion":"([^"]+)"/.exec(scored)?.[1] ?? 'structure';
        await record(texts, 'explain (stream)', await postExplain(url, attemptId, criterion), dataDir);

        const leaky = `Incorrect API key provided: ${API_KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`;
        fake.enqueue(
          fakeScenario.errorReply(401, {
            message: leaky,
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          }),
        );
        await record(texts, 'generation, bad key (stream)', await postGeneration(url, generationBody()), dataDir);
        fake.enqueue(
          fakeScenario.errorReply(401, {
            message: leaky,
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          }),
        );
        await record(
          texts,
          'generation, bad key (json)',
          await fetch(`${url}/api/generations`, json(generationBody())),
          dataDir,
        );
        fake.enqueue(
          fakeScenario.errorReply(401, {
            message: leaky,
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          }),
        );
        await record(texts, 'practice, bad key', await postPractice(url, practiceBody(generated.id)), dataDir);
        fake.enqueue(
          fakeScenario.streamReply({
            errorAfterChunks: {
              chunks: 50,
              error: { message: `upstream broke for key ${API_KEY}`, type: 'server_error', param: null, code: null },
            },
          }),
        );
        await record(texts, 'generation, error in stream', await postGeneration(url, generationBody()), dataDir);
        fake.enqueue(
          fakeScenario.errorReply(400, {
            message: `Bad request from ${API_KEY}`,
            type: 'invalid_request_error',
            param: 'temperature',
            code: 'unsupported_value',
          }),
        );
        await record(texts, 'generation, 400 naming the key', await postGeneration(url, generationBody()), dataDir);

        for (const format of EXPORT_FORMATS) {
          exports.push({
            name: `export ${format}`,
            text: await record(
              texts,
              `export ${format}`,
              await fetch(`${url}/api/sessions/${generated.id}/export?format=${format}`),
              dataDir,
            ),
          });
        }
        exports.push({
          name: 'export all',
          text: await record(texts, 'export all', await fetch(`${url}/api/sessions/export`), dataDir),
        });
        await record(texts, 'GET /api/sessions', await fetch(`${url}/api/sessions`), dataDir);
        await record(
          texts,
          `GET /api/sessions/${generated.id}`,
          await fetch(`${url}/api/sessions/${generated.id}`),
          dataDir,
        );
      } finally {
        server.child.kill('SIGTERM');
        await exited(server.child);
      }
      const keyReachedUpstream = fake.requests.some((request) => request.headers.authorization === `Bearer ${API_KEY}`);
      const responses = scanForSecret(API_KEY, texts);
      const logs = scanForSecret(API_KEY, [
        ...(await readLogs(dataDir)),
        ...server.output.map((line, index) => ({ name: `stdout/stderr #${index}`, text: line })),
      ]);
      const rows = scanForSecret(API_KEY, dumpDatabase(path.join(dataDir, 'interview-prep.sqlite')));
      const exported = scanForSecret(API_KEY, exports);
      const figure = (scan: { scanned: number; hits: string[] }, what: string) =>
        `${scan.hits.length} of ${scan.scanned} ${what}${scan.hits[0] ? ` (first: ${scan.hits[0]})` : ''}`;
      return [
        {
          check: 'key: used upstream (scan is meaningful)',
          figure: keyReachedUpstream ? 'yes' : 'no',
          bound: 'yes',
          ok: keyReachedUpstream,
        },
        {
          check: 'key: in responses (headers + bodies)',
          figure: figure(responses, 'responses'),
          bound: '0',
          ok: responses.hits.length === 0,
        },
        {
          check: 'key: in log lines (file + stdout)',
          figure: figure(logs, 'lines'),
          bound: '0',
          ok: logs.hits.length === 0 && logs.scanned > 20,
        },
        {
          check: 'key: in database rows (all tables)',
          figure: figure(rows, 'rows'),
          bound: '0',
          ok: rows.hits.length === 0 && rows.scanned > 0,
        },
        {
          check: 'key: in exports (5 formats + all; pdf as text)',
          figure: figure(exported, 'exports'),
          bound: '0',
          ok: exported.hits.length === 0,
        },
      ];
    });
  } finally {
    await fake.close();
  }
}
