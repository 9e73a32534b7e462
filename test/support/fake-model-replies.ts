import type { InterviewType } from '../../src/core/schemas/generation-request.js';
import { FRAMEWORK_KIND_BY_TYPE, type FrameworkKind } from '../../src/core/schemas/question.js';
import { responseFormatFor } from '../../src/core/schemas/response-format.js';
import type { JsonSchema, JsonValue } from '../../src/core/schemas/strict-json-schema.js';

/** How many questions the fake writes when the request says nothing it can read. */
export const DEFAULT_FAKE_QUESTION_COUNT = 3;

/**
 * What the fake model read from the JSON schema it was sent: the schema itself (the reply follows
 * it property by property) and what decides the hand-written content in it.
 */
export type FakeReplyShape = {
  /** The schema of the reply: the request's, or the default one when the request gave none. */
  schema: JsonSchema;
  /** `properties.questions.minItems`. */
  questionCount: number;
  /** Follows from the framework kind the question schema allows. */
  interviewType: InterviewType;
  /** `analysis` is a property of the root. */
  withAnalysis: boolean;
  /** `caseStudy` is a property of a question. */
  withCaseStudy: boolean;
};

/** A model reply document as the fake model writes it (before JSON.stringify), in the schema's property order. */
export type FakeModelReply = { [key: string]: JsonValue; questions: JsonValue[] };

const INTERVIEW_TYPE_BY_KIND = Object.fromEntries(
  Object.entries(FRAMEWORK_KIND_BY_TYPE).map(([type, kind]) => [kind, type]),
) as Record<FrameworkKind, InterviewType>;

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function propertiesOf(schema: JsonValue | undefined): JsonSchema {
  return isObject(schema) && isObject(schema['properties']) ? schema['properties'] : {};
}

/** A `$ref` into the root's `$defs` or `definitions`, resolved; any other node as it is. */
function resolve(node: JsonValue | undefined, root: JsonSchema): JsonValue | undefined {
  if (!isObject(node) || typeof node['$ref'] !== 'string') return node;
  const path = node['$ref'].replace(/^#\/?/, '').split('/').filter(Boolean);
  let target: JsonValue | undefined = root;
  for (const part of path) target = isObject(target) ? target[part] : undefined;
  return target;
}

/** The values an `enum` or a `const` allows, or null when the node has neither. */
function allowedValues(node: JsonValue | undefined): JsonValue[] | null {
  if (!isObject(node)) return null;
  if (Array.isArray(node['enum'])) return node['enum'];
  if ('const' in node) return [node['const'] ?? null];
  if (Array.isArray(node['anyOf'])) {
    const values = node['anyOf'].map(allowedValues);
    return values.every((list) => list !== null) ? values.flat() : null;
  }
  return null;
}

/** The shape of the reply this JSON schema asks for, as a model would read it. */
export function readReplyShape(schema: JsonSchema, fallbackCount = DEFAULT_FAKE_QUESTION_COUNT): FakeReplyShape {
  const root = propertiesOf(schema);
  const questions = resolve(root['questions'], schema);
  const minItems = isObject(questions) ? questions['minItems'] : undefined;
  const item = resolve(isObject(questions) ? questions['items'] : undefined, schema);
  const itemProperties = propertiesOf(item);
  const framework = resolve(itemProperties['answerFramework'], schema);
  const kinds = allowedValues(resolve(propertiesOf(framework)['kind'], schema)) ?? [];
  const kind = kinds.find(
    (value): value is FrameworkKind => typeof value === 'string' && value in INTERVIEW_TYPE_BY_KIND,
  );
  return {
    schema,
    questionCount: typeof minItems === 'number' ? minItems : fallbackCount,
    interviewType: kind === undefined ? 'technical' : INTERVIEW_TYPE_BY_KIND[kind],
    withAnalysis: 'analysis' in root,
    withCaseStudy: 'caseStudy' in itemProperties,
  };
}

/**
 * What the fake follows when a request carries no schema at all: the app's own schema for a
 * zero-shot technical round of `count` questions.
 */
export function defaultReplyShape(count = DEFAULT_FAKE_QUESTION_COUNT): FakeReplyShape {
  const { schema } = responseFormatFor({ interviewType: 'technical', technique: 'zero_shot', questionCount: count });
  return readReplyShape(schema, count);
}

const STEP_LABELS = {
  approach: ['Clarify requirements', 'Outline the design', 'Discuss trade-offs'],
  star: ['Situation', 'Task', 'Action', 'Result'],
  case_structure: ['Restate the goal', 'Break down the drivers', 'Quantify', 'Recommend'],
  why_ask: ['Why it matters', 'What a good answer sounds like'],
} as const satisfies Record<FrameworkKind, readonly string[]>;

// Escapes, quotes and non-ASCII text (incl. a surrogate pair) so stream parsers meet them in tests.
const TOPICS = {
  technical: [
    'Design a rate limiter for a public "search" API',
    'Explain how you would find a memory leak in a Node.js service',
    'How would you migrate a monolith’s database without downtime?',
    'Walk through indexing a slow SQL query (p95 > 2 s)',
    'Design an idempotent payment webhook handler',
  ],
  behavioral: [
    'Tell me about a time you disagreed with your manager',
    'Describe a project that failed and what you learned',
    'Tell me about a time you mentored a colleague — what changed?',
    'Describe how you handled an urgent incident at 3 a.m.',
    'Tell me about a decision you made with incomplete data',
  ],
  case_study: [
    'A café chain’s revenue fell 12% in six months: why?',
    'Should a regional bank launch a “buy now, pay later” product?',
    'Estimate the market for electric cargo bikes in Lyon',
    'A SaaS start-up’s churn doubled after a price change: diagnose it',
    'Prioritise three product bets with a €2M budget',
  ],
  reverse: [
    'What does success look like in the first 90 days?',
    'How does the team decide what to build next?',
    'What is the biggest technical debt the team carries?',
    'How are on-call duties shared 🙂 across the team?',
    'What made the last person in this role successful?',
  ],
} as const satisfies Record<InterviewType, readonly string[]>;

/** Phrases "copied from the posting", one per question in turn. */
const POSTING_PHRASES = [
  'design and run Go services on Kubernetes',
  'own PostgreSQL schemas and on-call rotations',
  'mentor two mid-level engineers',
  '5+ years of backend development',
  'distributed systems, observability',
] as const;

const DIFFICULTY_CYCLE = ['easy', 'medium', 'hard'] as const;

/** The hand-written content of question `index`; the schema decides which of its fields the reply keeps. */
function questionContent(index: number, interviewType: InterviewType): JsonSchema {
  const kind = FRAMEWORK_KIND_BY_TYPE[interviewType];
  const topics = TOPICS[interviewType];
  const topic = topics[index % topics.length] ?? 'Tell me about yourself';
  const round = Math.floor(index / topics.length);
  const number = index + 1;
  return {
    question: round === 0 ? topic : `${topic} (variant ${round + 1})`,
    category: `${interviewType.replace('_', ' ')} · area ${number}`,
    difficulty: DIFFICULTY_CYCLE[index % DIFFICULTY_CYCLE.length] ?? 'medium',
    timeEstimateMinutes: 5 + (index % 4) * 5,
    basedOn: POSTING_PHRASES[index % POSTING_PHRASES.length] ?? 'the posting',
    // Every other question names a stage, so parsers meet both a string and a null here.
    stage: index % 2 === 0 ? 'panel interview' : null,
    evaluates: [`Structured thinking (question ${number})`, 'Communication under \\ pressure'],
    strongAnswerSignals: [`Names a concrete trade-off (${number})`, 'Backs the claim with a number, e.g. “‑30 %”'],
    redFlags: [`Vague answer without numbers (${number})`, 'Blames "the others"'],
    hints: [`Hint ${number}.1: name the trade-off`, `Hint ${number}.2: quantify the impact`],
    followUps: [`What would you do differently next time? (${number})`],
    answerFramework: {
      kind,
      steps: STEP_LABELS[kind].map((label) => ({
        label,
        guidance: `For question ${number}, ${label.toLowerCase()}: be concrete and say "why".`,
      })),
    },
    caseStudy: {
      scenario: `Scenario ${number}: ${topic}.`,
      dataProvided: ['Revenue by quarter: 4.1M, 3.9M, 3.6M', 'Customer count: 12 400'],
      expectedApproach: 'Segment the problem, test hypotheses with the data, recommend one action.',
    },
  };
}

/** The hand-written content of a whole reply; the schema decides which parts the reply keeps, and in which order. */
function replyContent(shape: FakeReplyShape): JsonSchema {
  const count = shape.questionCount;
  const upTo = (numbers: number[]) => numbers.filter((number) => number <= count);
  return {
    postingAnalysis: {
      occupation: 'Senior backend engineer',
      sector: 'Payments — “fintech”',
      assessedCompetencies: ['Ownership', 'Mentoring'],
      interviewStages: ['panel interview', 'take-home task'],
    },
    postingNotes: [],
    analysis: {
      keyRequirements: ['Distributed systems (must-have)', 'Ownership of production services'],
      levelExpectations: 'Leads design discussions and mentors others.',
      skillsToProbe: Array.from({ length: count }, (_, index) => POSTING_PHRASES[index % POSTING_PHRASES.length] ?? ''),
    },
    questions: Array.from({ length: count }, (_, index) => questionContent(index, shape.interviewType)),
    preparationPlan: [
      {
        action: 'Map each requirement to one story or example.',
        because: 'The posting asks to "design and run Go services on Kubernetes".',
        forQuestions: upTo([1, 2]),
        minutes: 30,
      },
      {
        action: 'Practise answering aloud with a 2-minute limit per answer.',
        because: 'The posting names a panel interview.',
        forQuestions: [],
        minutes: 20,
      },
      {
        action: 'Rehearse a mentoring story with a measurable result.',
        because: 'The posting asks you to “mentor two mid-level engineers”.',
        forQuestions: upTo([3]),
        minutes: 15,
      },
      {
        action: 'Sketch an on-call runbook for a payment outage.',
        because: 'The posting says you will "own PostgreSQL schemas and on-call rotations".',
        forQuestions: upTo([1]),
        minutes: 25,
      },
    ],
    strategy: 'Lead with impact, back every claim with a number, and ask one clarifying question per case.',
  };
}

/** The first branch of an anyOf that fits the content: the null branch for null content, else the first other one. */
function branchFor(branches: JsonValue[], content: JsonValue | undefined, root: JsonSchema): JsonValue | undefined {
  const resolved = branches.map((branch) => resolve(branch, root));
  const isNullBranch = (branch: JsonValue | undefined) => isObject(branch) && branch['type'] === 'null';
  if (content === null) return resolved.find(isNullBranch) ?? resolved[0];
  return resolved.find((branch) => !isNullBranch(branch)) ?? resolved[0];
}

function typeOf(node: JsonSchema): string | undefined {
  const type = node['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((entry): entry is string => typeof entry === 'string' && entry !== 'null');
  return isObject(node['properties']) ? 'object' : undefined;
}

function numberFor(node: JsonSchema, content: JsonValue | undefined, integer: boolean): number {
  const minimum = typeof node['minimum'] === 'number' ? node['minimum'] : -Infinity;
  const maximum = typeof node['maximum'] === 'number' ? node['maximum'] : Infinity;
  const wanted = typeof content === 'number' ? content : Number.isFinite(minimum) ? minimum : 1;
  const bounded = Math.min(maximum, Math.max(minimum, wanted));
  return integer ? Math.ceil(bounded) : bounded;
}

/**
 * A value that follows `node`: the hand-written content where it fits, and for anything the
 * content does not have (a field added to the schema), a deterministic filler from the path.
 * Objects get exactly the schema's properties, in its order; arrays the schema's item count.
 */
function fill(node: JsonValue | undefined, content: JsonValue | undefined, path: string, root: JsonSchema): JsonValue {
  const schema = resolve(node, root);
  if (!isObject(schema)) return content ?? null;
  const allowed = allowedValues(schema);
  if (allowed !== null) {
    return allowed.some((value) => JSON.stringify(value) === JSON.stringify(content))
      ? (content ?? null)
      : (allowed[0] ?? null);
  }
  if (Array.isArray(schema['anyOf'])) return fill(branchFor(schema['anyOf'], content, root), content, path, root);
  switch (typeOf(schema)) {
    case 'object': {
      const known = isObject(content) ? content : {};
      return Object.fromEntries(
        Object.entries(propertiesOf(schema)).map(([key, child]) => [
          key,
          fill(child, known[key], `${path}.${key}`, root),
        ]),
      );
    }
    case 'array': {
      const minItems = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
      const maxItems = typeof schema['maxItems'] === 'number' ? schema['maxItems'] : Infinity;
      const known = Array.isArray(content) ? content : [];
      const length = Math.min(maxItems, Math.max(minItems, Array.isArray(content) ? known.length : 2));
      return Array.from({ length }, (_, index) => fill(schema['items'], known[index], `${path}[${index}]`, root));
    }
    case 'string':
      return typeof content === 'string' ? content : `Fake ${path.slice(1)}`;
    case 'integer':
      return numberFor(schema, content, true);
    case 'number':
      return numberFor(schema, content, false);
    case 'boolean':
      return typeof content === 'boolean' ? content : false;
    case 'null':
      return null;
    default:
      return content ?? null;
  }
}

/** `content` kept to the schema's properties, in its order, with anything else it requires filled in. */
export function fillSchema(schema: JsonSchema, content: JsonValue): JsonValue {
  return fill(schema, content, '', schema);
}

/**
 * The reply the fake model writes for a schema: the hand-written, deterministic content for the
 * interview type (case-study questions carry a scenario, data and expected approach), kept to the
 * schema's properties, in its order, with anything else the schema requires filled in.
 */
export function buildFakeModelReply(shape: FakeReplyShape = defaultReplyShape()): FakeModelReply {
  return fill(shape.schema, replyContent(shape), '', shape.schema) as FakeModelReply;
}
