/**
 * CPU cost of parsing one streamed 20-question reply, fed in 1-6 character chunks as OpenAI sends it.
 * Compares our incremental parser, @streamparser/json and the openai SDK's per-chunk re-parse.
 * Run: npx tsx scripts/bench-stream-parsing.ts
 */
import { JSONParser } from '@streamparser/json';
import { partialParse } from 'openai/_vendor/partial-json-parser/parser';
import { createArrayElementStreamParser } from '../src/core/parsing/create-array-element-stream-parser.js';

const QUESTION_COUNT = 20;

/** Deterministic pseudo-random numbers (mulberry32) so every run measures the same reply. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function buildReply(): string {
  const questions = Array.from({ length: QUESTION_COUNT }, (_unused, index) => ({
    question: `Question ${index + 1}: tell me about a time you shipped a "risky" change to a café-ordering service in Zürich — what broke, and how did you handle \`C:\\deploy\\rollback\`?`,
    category: index % 2 === 0 ? 'System design' : 'Behavioral',
    difficulty: ['easy', 'medium', 'hard'][index % 3],
    timeEstimateMinutes: 5 + (index % 4) * 5,
    evaluates: ['Ownership under pressure', 'Communication with stakeholders', 'Technical depth (naïve vs. robust)'],
    answerFramework: {
      kind: 'star',
      steps: [
        {
          label: 'Situation',
          guidance: 'Set the scene in two sentences:\n- team size\n- traffic ("peak: 1,200 req/s")',
        },
        { label: 'Task', guidance: 'Your responsibility, not the team\'s; say "I", not "we".' },
        { label: 'Action', guidance: 'The steps you took {in order}, with one trade-off you rejected and why.' },
        { label: 'Result', guidance: 'Numbers: p99 latency −38 %, error rate 0.2 % → 0.01 %. 🚀' },
      ],
    },
    hints: ['Mention the feature flag', 'Name the metric you watched', 'Keep it under three minutes ⏱️'],
    followUps: ['What would you do differently?', 'How did you tell the on-call engineer (日本チーム)?'],
    caseStudy: null,
    redFlags: ['Blames others', 'No numbers', 'Cannot explain the rollback path'],
  }));
  const reply = {
    analysis: {
      summary: 'A senior role: the questions probe ownership.',
      skills: [['TypeScript', 'Node.js'], ['SQL']],
    },
    questions,
    recommendations: ['Rehearse two STAR stories', 'Review the company\'s "engineering principles" page'],
    strategy: 'Lead with impact, then detail.',
  };
  return JSON.stringify(reply);
}

function chunkReply(reply: string): string[] {
  const random = createRandom(42);
  const chunks: string[] = [];
  for (let offset = 0; offset < reply.length;) {
    const size = 1 + Math.floor(random() * 6);
    chunks.push(reply.slice(offset, offset + size));
    offset += size;
  }
  return chunks;
}

type Contender = { name: string; repetitions: number; parseReply: (chunks: string[]) => number };

const contenders: Contender[] = [
  {
    name: 'createArrayElementStreamParser (ours)',
    repetitions: 200,
    parseReply: (chunks) => {
      const parser = createArrayElementStreamParser();
      let count = 0;
      for (const chunk of chunks) count += parser.push(chunk).length;
      return count;
    },
  },
  {
    name: "@streamparser/json ['$.questions.*']",
    repetitions: 30,
    parseReply: (chunks) => {
      const parser = new JSONParser({ paths: ['$.questions.*'], keepStack: false });
      let count = 0;
      parser.onValue = () => {
        count += 1;
      };
      for (const chunk of chunks) parser.write(chunk);
      return count;
    },
  },
  {
    name: 'openai partialParse per chunk (SDK .stream())',
    repetitions: 3,
    parseReply: (chunks) => {
      let content = '';
      let latest: unknown;
      for (const chunk of chunks) {
        content += chunk;
        latest = partialParse(content);
      }
      return (latest as { questions?: unknown[] }).questions?.length ?? 0;
    },
  },
];

function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const reply = buildReply();
const chunks = chunkReply(reply);
console.log(
  `Reply: ${(reply.length / 1024).toFixed(1)} KB (${new TextEncoder().encode(reply).length} bytes UTF-8), ${chunks.length} chunks of 1-6 characters, ${QUESTION_COUNT} questions\n`,
);

const results = contenders.map((contender) => {
  const emitted = contender.parseReply(chunks); // warm-up, and a check that it really parses
  if (emitted !== QUESTION_COUNT) throw new Error(`${contender.name} found ${emitted} questions`);
  const start = cpuMilliseconds();
  for (let repetition = 0; repetition < contender.repetitions; repetition += 1) contender.parseReply(chunks);
  return { name: contender.name, msPerReply: (cpuMilliseconds() - start) / contender.repetitions };
});

const oursMs = results[0]?.msPerReply ?? Number.NaN;
const wholeStart = cpuMilliseconds();
for (let repetition = 0; repetition < 200; repetition += 1) JSON.parse(reply);
const wholeParseMs = (cpuMilliseconds() - wholeStart) / 200;

console.log('| Parser | CPU ms per reply | x ours |');
console.log('|---|---:|---:|');
for (const result of results) {
  console.log(`| ${result.name} | ${result.msPerReply.toFixed(2)} | ${(result.msPerReply / oursMs).toFixed(1)} |`);
}
console.log(
  `| (reference) one JSON.parse of the whole reply | ${wholeParseMs.toFixed(3)} | ${(wholeParseMs / oursMs).toFixed(2)} |`,
);
