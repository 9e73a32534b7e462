import { findStrictSchemaProblems, type JsonSchema } from '../../src/core/schemas/strict-json-schema.js';
import {
  buildFakeModelReply,
  DEFAULT_FAKE_QUESTION_COUNT,
  defaultReplyShape,
  readReplyShape,
  type FakeReplyShape,
} from './fake-model-replies.js';
import { fakeScenario, invalidRequest, type FakeErrorBody } from './fake-openai-scenarios.js';
import { buildFakeExplanation, buildFakeFeedbackReply, readCandidateAnswer } from './fake-practice-replies.js';

/** Model ids the real API treats as reasoning models. */
export const REASONING_ID = /^(gpt-5|o\d)(\b|[-.])/;
const CLASSIC_ONLY_PARAMETERS = ['top_p', 'presence_penalty', 'frequency_penalty', 'logprobs'] as const;

/** The 400/404 a real model returns for this body, or null when it accepts it. */
export function parameterError(body: Record<string, unknown>): { status: number; error: FakeErrorBody } | null {
  const model = typeof body['model'] === 'string' ? body['model'] : '';
  if (model === 'does-not-exist') return { status: 404, error: fakeScenario.modelNotFound(model).error };
  const bareModel = model.slice(model.lastIndexOf('/') + 1);
  const unsupported = (param: string, message?: string) => ({
    status: 400,
    error: invalidRequest(
      message ?? `Unsupported parameter: '${param}' is not supported with this model.`,
      param,
      'unsupported_parameter',
    ),
  });
  if (REASONING_ID.test(bareModel)) {
    const temperature = body['temperature'];
    if (temperature !== undefined && temperature !== null && temperature !== 1) {
      return { status: 400, error: fakeScenario.unsupportedValue('temperature', temperature).error };
    }
    for (const param of CLASSIC_ONLY_PARAMETERS) if (body[param] !== undefined) return unsupported(param);
    if (body['max_tokens'] !== undefined) {
      return unsupported(
        'max_tokens',
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      );
    }
  } else if (body['reasoning_effort'] !== undefined) {
    return unsupported('reasoning_effort');
  }
  const schemaRejection = strictSchemaError(body['response_format']);
  if (schemaRejection) return schemaRejection;
  const format = body['response_format'] as { type?: string } | undefined;
  if (format?.type === 'json_object' && !/json/i.test(messagesText(body))) {
    return {
      status: 400,
      error: invalidRequest(
        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
        'messages',
        null,
      ),
    };
  }
  return null;
}

type JsonSchemaFormat = { type?: string; json_schema?: { name?: unknown; schema?: unknown; strict?: unknown } };

/** The 400 the real API sends for a strict json_schema it does not accept (an allowlist of keywords). */
function strictSchemaError(responseFormat: unknown): { status: number; error: FakeErrorBody } | null {
  const format = responseFormat as JsonSchemaFormat | undefined;
  if (format?.type !== 'json_schema' || format.json_schema?.strict !== true) return null;
  const [problem] = findStrictSchemaProblems(format.json_schema.schema);
  if (problem === undefined) return null;
  const message = `Invalid schema for response_format '${String(format.json_schema.name)}': ${problem}`;
  return { status: 400, error: invalidRequest(message, 'response_format', null) };
}

type Message = { role?: string; content?: unknown };

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part: { text?: string }) => part?.text ?? '').join('');
  return '';
}

function messagesOf(body: Record<string, unknown>): Message[] {
  return Array.isArray(body['messages']) ? (body['messages'] as Message[]) : [];
}

function messagesText(body: Record<string, unknown>): string {
  return messagesOf(body)
    .map((message) => contentText(message.content))
    .join('\n');
}

/**
 * The first JSON schema written into the messages, as the app does for a server that cannot be
 * given one in `response_format` ("... that follows this JSON Schema: {...}"): a model in JSON
 * mode reads it there. Null when no message holds one.
 */
function schemaInMessages(text: string): JsonSchema | null {
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    const end = closingBrace(text, start);
    if (end === -1) continue;
    try {
      const value: unknown = JSON.parse(text.slice(start, end + 1));
      if (isJsonSchemaRoot(value)) return value;
    } catch {
      // Not JSON: look further.
    }
  }
  return null;
}

/** The index of the brace closing the object that opens at `start`, skipping strings; -1 when none. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{') depth++;
    else if (character === '}' && --depth === 0) return index;
  }
  return -1;
}

function isJsonSchemaRoot(value: unknown): value is JsonSchema {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, properties } = value as { type?: unknown; properties?: unknown };
  return type === 'object' && typeof properties === 'object' && properties !== null && !Array.isArray(properties);
}

/**
 * What the request asks for, as a model reads it: the shape of the reply from the JSON schema it
 * is sent (in `response_format`, or for JSON mode in the messages), never from the prompt's words.
 * Only a request with no schema at all gets the default shape, with the count the last user
 * message asks for ("exactly N questions"), else 3.
 */
export function readReplyRequest(body: Record<string, unknown>): FakeReplyShape & { promptChars: number } {
  const text = messagesText(body);
  const schema = requestedSchema(body);
  if (schema !== null) return { ...readReplyShape(schema), promptChars: text.length };
  const lastUser = lastUserText(body);
  const count = Number(/exactly (\d+) question/i.exec(lastUser)?.[1] ?? DEFAULT_FAKE_QUESTION_COUNT);
  return { ...defaultReplyShape(count), promptChars: text.length };
}

/** The JSON schema the reply must follow: in `response_format`, or for JSON mode in the messages; null when none. */
function requestedSchema(body: Record<string, unknown>): JsonSchema | null {
  const format = body['response_format'] as { json_schema?: { schema?: unknown } } | undefined;
  const sent = format?.json_schema?.schema;
  return isJsonSchemaRoot(sent) ? sent : schemaInMessages(messagesText(body));
}

/** The last user message: the real request (earlier ones may be few-shot examples or earlier turns). */
function lastUserText(body: Record<string, unknown>): string {
  const userMessages = messagesOf(body).filter((message) => message.role === 'user');
  return contentText(userMessages[userMessages.length - 1]?.content);
}

/**
 * The reply the fake model writes when the scenario gives none: plain prose for a request that
 * asks for no JSON at all (no response_format, no schema in the messages); for the practice
 * schema, feedback on the answer in the last user message; else the questions the schema asks for.
 */
export function writeDefaultReply(body: Record<string, unknown>): string {
  const schema = requestedSchema(body);
  if (schema === null && body['response_format'] === undefined) return buildFakeExplanation(lastUserText(body));
  if (schema !== null && 'criteria' in (propertiesOfRoot(schema) ?? {})) {
    return JSON.stringify(buildFakeFeedbackReply(schema, readCandidateAnswer(lastUserText(body))));
  }
  return JSON.stringify(buildFakeModelReply(readReplyRequest(body)));
}

function propertiesOfRoot(schema: JsonSchema): Record<string, unknown> | null {
  const properties = schema['properties'];
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : null;
}
