import type { InterviewType } from '../../src/core/schemas/generation-request.js';
import { findStrictSchemaProblems } from '../../src/core/schemas/strict-json-schema.js';
import type { FakeReplyShape } from './fake-model-replies.js';
import { fakeScenario, invalidRequest, type FakeErrorBody } from './fake-openai-scenarios.js';

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

/** The shape, count and interview type the request asks for, as a model would read them. */
export function readReplyRequest(body: Record<string, unknown>) {
  const format = body['response_format'] as { json_schema?: { schema?: { properties?: object } } } | undefined;
  const properties = format?.json_schema?.schema?.properties;
  const text = messagesText(body);
  const has = (key: string) => (properties ? key in properties : new RegExp(`"${key}"\\s*:`).test(text));
  const shape: FakeReplyShape = has('analysis') ? 'chain_of_thought' : has('overview') ? 'structured' : 'base';
  const userMessages = messagesOf(body).filter((message) => message.role === 'user');
  const lastUser = contentText(userMessages[userMessages.length - 1]?.content);
  const count = Number(/exactly (\d+) question/i.exec(lastUser)?.[1] ?? 3);
  // The last user message is the real request; earlier ones may be few-shot examples.
  const interviewType: InterviewType = /case[ _-]?stud(y|ies)/i.test(lastUser)
    ? 'case_study'
    : /behaviou?ral/i.test(lastUser)
      ? 'behavioral'
      : /reverse|to ask the (employer|interviewer|company)/i.test(lastUser)
        ? 'reverse'
        : 'technical';
  return { shape, count, interviewType, promptChars: text.length };
}
