import { buildPrompt } from '../../core/prompts/build-prompt.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import { responseFormatFor } from '../../core/schemas/response-format.js';
import type { JsonSchema } from '../../core/schemas/strict-json-schema.js';
import type { StructuredOutputRequest } from '../structured-output-request.js';

const BASE_GENERATION: GenerationRequest = {
  jobDescription:
    'Senior backend engineer: design and run payment APIs in Go and PostgreSQL, on-call rotation, mentoring.',
  interviewType: 'technical',
  experienceLevel: 'senior',
  technique: 'zero_shot',
  questionCount: 3,
  language: 'English',
};

/**
 * A realistic request as the generation use case builds it: the technique's prompt and strict
 * schema from core, elements of `questions`.
 */
export function questionsRequest(
  model: string,
  generation: Partial<GenerationRequest> = {},
  overrides: Partial<StructuredOutputRequest> = {},
): StructuredOutputRequest {
  const request = { ...BASE_GENERATION, ...generation };
  const { name, schema } = responseFormatFor(request);
  return {
    model,
    messages: buildPrompt(request),
    responseFormat: { name, schema },
    elementPath: 'questions',
    maxOutputTokens: 600 * request.questionCount + 1_000,
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.reasoningEffort === undefined ? {} : { reasoningEffort: request.reasoningEffort }),
    ...overrides,
  };
}

/** A strict schema that has nothing to do with interviews: `{ items: [{ name }] }`. */
export const ITEM_LIST_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' } },
        required: ['name'],
        additionalProperties: false,
      },
    },
  },
  required: ['items'],
  additionalProperties: false,
};

/** A domain-free request whose reply is `{ items: [{ name }] }`, handed over item by item. */
export function itemListRequest(
  model: string,
  overrides: Partial<StructuredOutputRequest> = {},
): StructuredOutputRequest {
  return {
    model,
    messages: [
      { role: 'system', content: 'You name things. Reply in JSON.' },
      { role: 'user', content: 'Name three fruits.' },
    ],
    responseFormat: { name: 'item_list', schema: ITEM_LIST_SCHEMA },
    elementPath: 'items',
    maxOutputTokens: 200,
    ...overrides,
  };
}
